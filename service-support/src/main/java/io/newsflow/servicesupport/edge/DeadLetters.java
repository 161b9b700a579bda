package io.newsflow.servicesupport.edge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.DeadLetterCause;
import io.newsflow.contract.DeadLetterReason;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.contract.ReasonCode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends a record to {@code <topic>-dlt}: Spring Kafka's recoverer (original key and value bytes,
 * the {@code kafka_dlt-*} headers with origin and exception), plus the reason code in
 * {@link NewsHeaders#DLT_REASON}, counted in {@code newsflow.<stage>.dead.letters{reason}}. The
 * partition is left to the producer (by key), so a dead-letter topic need not have its source's
 * partition count.
 *
 * <p>A dead letter the dead-letter topic would refuse is sent without its value (and stack trace)
 * instead, with header {@link NewsHeaders#DLT_VALUE_DROPPED}: a refused send would fail the stage's
 * transaction, or block its dead-letter queue, every time the record came round, so every later
 * record would wait behind it.
 */
public class DeadLetters extends DeadLetterPublishingRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final int maxDeadLetterBytes;
    private final MeterRegistry meters;
    private final String counterName;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /**
     * @param maxDeadLetterBytes the largest dead letter the topic and the producer take (the smaller
     *                           of {@code max.message.bytes} and {@code max.request.size})
     */
    public DeadLetters(KafkaOperations<?, ?> template, StageProperties stage, StageReasons reasons,
                       int maxDeadLetterBytes, MeterRegistry meters) {
        super(template, (record, failure) -> new TopicPartition(KafkaTopics.deadLetter(record.topic()), -1));
        this.maxDeadLetterBytes = maxDeadLetterBytes;
        this.meters = meters;
        this.counterName = "newsflow." + stage.name() + ".dead.letters";
        setHeadersFunction((record, failure) -> new RecordHeaders().add(NewsHeaders.DLT_REASON,
                reasonOf(failure).code().getBytes(StandardCharsets.UTF_8)));
        // In a transaction a failed send fails the commit, and the batch is retried: waiting for each
        // send's result (up to linger.ms) would only slow a burst of bad records down.
        setFailIfSendResultIsError(!template.isTransactional());
        reasons.reasons().forEach(this::counter);
    }

    /**
     * The reason code of a failure: its {@link DeadLetterCause}'s; {@code invalid-json} for a value
     * the stage's deserialiser (JSON of the contract, in every stage) could not read; else
     * {@code processing-failed}.
     */
    public static ReasonCode reasonOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DeadLetterCause cause) {
                return cause.reasonCode();
            }
            if (t instanceof DeserializationException) {
                return DeadLetterReason.INVALID_JSON;
            }
        }
        return DeadLetterReason.PROCESSING_FAILED;
    }

    /**
     * Dead-letters the record (inside the running transaction, if any) and counts it: once that
     * transaction commits, so a batch rolled back and processed again is not counted twice.
     */
    public ReasonCode send(ConsumerRecord<?, ?> record, Exception failure) {
        ReasonCode reason = reasonOf(failure);
        log.warn("Dead-lettering {}-{}@{} ({}): {}", record.topic(), record.partition(), record.offset(), reason.code(),
                failure.toString());
        accept(record, null, failure);
        AfterCommit.run(counter(reason)::increment);
        return reason;
    }

    private Counter counter(ReasonCode reason) {
        return counters.computeIfAbsent(reason.code(), code -> Counter.builder(counterName)
                .description("Records written to the stage's dead-letter topic, by reason")
                .tag("reason", code)
                .register(meters));
    }

    @Override
    protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record, TopicPartition topicPartition,
                                                                  Headers headers, byte[] key, byte[] value) {
        ProducerRecord<Object, Object> deadLetter = super.createProducerRecord(record, topicPartition, headers, key, value);
        Integer size = sizeOf(deadLetter);
        if (size == null || size <= maxDeadLetterBytes) {
            return deadLetter;
        }
        RecordHeaders smaller = new RecordHeaders();
        for (Header header : deadLetter.headers()) {
            if (!header.key().equals(KafkaHeaders.DLT_EXCEPTION_STACKTRACE)) {
                smaller.add(header);
            }
        }
        int valueSize = deadLetter.value() instanceof byte[] bytes ? bytes.length : -1;
        smaller.add(NewsHeaders.DLT_VALUE_DROPPED, String.valueOf(valueSize).getBytes(StandardCharsets.UTF_8));
        log.warn("Dead letter of {}-{}@{} is {} bytes, over the {} the dead-letter topic takes: sent without its value",
                record.topic(), record.partition(), record.offset(), size, maxDeadLetterBytes);
        return new ProducerRecord<>(deadLetter.topic(), deadLetter.partition(), deadLetter.key(), new byte[0], smaller);
    }

    /**
     * The producer's own size estimate of the record (the one {@code max.request.size} is checked
     * against); null when key or value are not bytes yet (a serialiser will write them).
     */
    private static Integer sizeOf(ProducerRecord<Object, Object> record) {
        if (!(record.value() instanceof byte[] value) || !(record.key() == null || record.key() instanceof byte[] || record.key() instanceof String)) {
            return null;
        }
        byte[] key = record.key() instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) record.key();
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                key, value, record.headers().toArray());
    }
}
