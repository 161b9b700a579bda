package io.newsflow.opscli;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A dead-lettered record as an operator reads it: where it came from, why it failed, and the
 * original bytes. The header names are Spring Kafka's {@code DeadLetterPublishingRecoverer}'s
 * plus the project's short reason code.
 */
record DeadLetterRecord(ConsumerRecord<byte[], byte[]> record) {

    static final String DLT_HEADER_PREFIX = "kafka_dlt-";
    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    static final String ORIGINAL_PARTITION = "kafka_dlt-original-partition";
    static final String ORIGINAL_OFFSET = "kafka_dlt-original-offset";
    static final String EXCEPTION_CLASS = "kafka_dlt-exception-fqcn";
    static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";

    /** Short reason code: the project's header when present, else the exception class. */
    String reason() {
        String reason = text(NewsHeaders.DLT_REASON);
        if (reason != null) {
            return reason;
        }
        String exception = text(EXCEPTION_CLASS);
        return exception == null ? "unknown" : exception.substring(exception.lastIndexOf('.') + 1);
    }

    String exceptionMessage() {
        return text(EXCEPTION_MESSAGE);
    }

    /** The topic to replay to: the one the record was read from before it failed. */
    String sourceTopic() {
        String original = text(ORIGINAL_TOPIC);
        if (original != null) {
            return original;
        }
        String topic = record.topic();
        return topic.endsWith(KafkaTopics.DEAD_LETTER_SUFFIX)
                ? topic.substring(0, topic.length() - KafkaTopics.DEAD_LETTER_SUFFIX.length())
                : topic;
    }

    String origin() {
        Header partition = record.headers().lastHeader(ORIGINAL_PARTITION);
        Header offset = record.headers().lastHeader(ORIGINAL_OFFSET);
        if (partition == null || offset == null) {
            return sourceTopic();
        }
        return "%s/%d@%d".formatted(sourceTopic(), ByteBuffer.wrap(partition.value()).getInt(),
                ByteBuffer.wrap(offset.value()).getLong());
    }

    Instant timestamp() {
        return Instant.ofEpochMilli(record.timestamp());
    }

    String key() {
        return record.key() == null ? null : printable(record.key());
    }

    /** The value as text when it is valid UTF-8 (as JSON, HTML and text are), else as hex. */
    String value() {
        return record.value() == null ? null : printable(record.value());
    }

    static boolean isDeadLetterHeader(String name) {
        return name.startsWith(DLT_HEADER_PREFIX) || name.equals(NewsHeaders.DLT_REASON);
    }

    private String text(String header) {
        return text(record.headers(), header);
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String printable(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "(not UTF-8, hex) " + HexFormat.of().formatHex(bytes);
        }
    }
}
