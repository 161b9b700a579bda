package io.newsflow.opscli;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends dead-lettered records back to the topic they failed on, after the cause has been fixed.
 *
 * <p>Each dead-letter topic has a consumer group that remembers how far replay has gone; the
 * records sent and the group's new position are committed in one Kafka transaction, so a record
 * is replayed once even if the command is interrupted or run again. The fixed transactional id
 * fences a second replay of the same topic running at the same time.
 */
final class DeadLetterReplayer {

    static final String REPLAYED_FROM = "newsflow-replayed-from";
    private static final String GROUP_PREFIX = "newsflow-dlq-replay-";

    private final KafkaAccess kafka;

    DeadLetterReplayer(KafkaAccess kafka) {
        this.kafka = kafka;
    }

    static String groupFor(String deadLetterTopic) {
        return GROUP_PREFIX + deadLetterTopic;
    }

    /** Replays up to {@code limit} pending records and returns how many were sent back. */
    int replay(String deadLetterTopic, int limit) {
        String group = groupFor(deadLetterTopic);
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.consumer(group);
             KafkaProducer<byte[], byte[]> producer = kafka.transactionalProducer(group)) {
            List<TopicPartition> partitions = DeadLetterInspector.partitions(consumer, deadLetterTopic);
            if (partitions.isEmpty()) {
                return 0;
            }
            producer.initTransactions();
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            int sent = 0;
            while (sent < limit && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    continue;
                }
                List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    // Records that arrived after the command started wait for the next replay.
                    if (batch.size() + sent < limit && record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record);
                    }
                }
                if (batch.isEmpty()) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
                producer.beginTransaction();
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    producer.send(backToSource(new DeadLetterRecord(record)));
                    next.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                }
                producer.sendOffsetsToTransaction(next, consumer.groupMetadata());
                producer.commitTransaction();
                sent += batch.size();
            }
            return sent;
        }
    }

    private static ProducerRecord<byte[], byte[]> backToSource(DeadLetterRecord deadLetter) {
        ConsumerRecord<byte[], byte[]> record = deadLetter.record();
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(header -> {
            if (!DeadLetterRecord.isDeadLetterHeader(header.key())) {
                headers.add(header);
            }
        });
        String from = "%s/%d@%d".formatted(record.topic(), record.partition(), record.offset());
        headers.add(REPLAYED_FROM, from.getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(deadLetter.sourceTopic(), null, record.key(), record.value(), headers);
    }
}
