package io.newsflow.opscli;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads dead-letter topics without changing anything: counts, reasons, and the records themselves. */
final class DeadLetterInspector {

    /** What one dead-letter topic holds; {@code pending} are the records no replay has sent back yet. */
    record Summary(String topic, long total, long pending, Map<String, Long> pendingByReason) {
    }

    private final KafkaAccess kafka;

    DeadLetterInspector(KafkaAccess kafka) {
        this.kafka = kafka;
    }

    Summary summarise(String topic) {
        List<DeadLetterRecord> pending = new ArrayList<>();
        long total;
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.consumer(null)) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (partitions.isEmpty()) {
                return new Summary(topic, 0, 0, Map.of());
            }
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> from = replayedUpTo(topic, partitions, start);
            // Counted by reading, not from offsets: each transaction that dead-lettered leaves a commit
            // marker in the topic, which takes an offset but is no record.
            List<DeadLetterRecord> all = read(consumer, start, end, Integer.MAX_VALUE);
            total = all.size();
            all.stream()
                    .filter(r -> r.record().offset() >= from.get(new TopicPartition(topic, r.record().partition())))
                    .forEach(pending::add);
        }
        Map<String, Long> byReason = new TreeMap<>();
        pending.forEach(r -> byReason.merge(r.reason(), 1L, Long::sum));
        return new Summary(topic, total, pending.size(), byReason);
    }

    /** Up to {@code limit} records from the start of the topic (or from the replay position when {@code pendingOnly}). */
    List<DeadLetterRecord> show(String topic, int limit, boolean pendingOnly) {
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.consumer(null)) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (partitions.isEmpty()) {
                return List.of();
            }
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> from = pendingOnly ? replayedUpTo(topic, partitions, start) : start;
            return read(consumer, from, consumer.endOffsets(partitions), limit);
        }
    }

    private Map<TopicPartition, Long> replayedUpTo(String topic, List<TopicPartition> partitions, Map<TopicPartition, Long> start) {
        Map<TopicPartition, Long> from = new TreeMap<>(java.util.Comparator.comparingInt(TopicPartition::partition));
        try (KafkaConsumer<byte[], byte[]> group = kafka.consumer(DeadLetterReplayer.groupFor(topic))) {
            Map<TopicPartition, OffsetAndMetadata> committed = group.committed(Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                from.put(partition, Math.max(start.get(partition), offset == null ? 0 : offset.offset()));
            }
        }
        return from;
    }

    static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        return infos == null ? List.of() : infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    }

    /** Reads each partition from {@code from} up to (excluding) {@code end}. */
    static List<DeadLetterRecord> read(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> from,
                                       Map<TopicPartition, Long> end, int limit) {
        List<DeadLetterRecord> records = new ArrayList<>();
        List<TopicPartition> remaining = new ArrayList<>(from.keySet().stream().filter(p -> from.get(p) < end.get(p)).toList());
        consumer.assign(remaining);
        remaining.forEach(p -> consumer.seek(p, from.get(p)));
        while (!remaining.isEmpty() && records.size() < limit) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(partition) && records.size() < limit) {
                    records.add(new DeadLetterRecord(record));
                }
            }
            remaining.removeIf(p -> consumer.position(p) >= end.get(p));
            consumer.assign(remaining);
        }
        return records;
    }
}
