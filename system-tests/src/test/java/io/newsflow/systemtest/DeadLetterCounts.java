package io.newsflow.systemtest;

import io.newsflow.contract.KafkaTopics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many committed records each dead-letter topic holds. They are counted by reading them:
 * offsets alone overcount, because a stage that dead-letters inside a Kafka transaction leaves a
 * commit marker in the topic too.
 */
final class DeadLetterCounts {

    static final List<String> TOPICS = List.of(KafkaTopics.deadLetter(KafkaTopics.INBOUND),
            KafkaTopics.deadLetter(KafkaTopics.RAW), KafkaTopics.deadLetter(KafkaTopics.ENRICHED));

    private DeadLetterCounts() {
    }

    static Map<String, Long> read(String bootstrapServers) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Long> counts = new TreeMap<>();
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (String topic : TOPICS) {
                counts.put(topic, count(consumer, topic));
            }
        }
        return counts;
    }

    private static long count(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
            return 0;
        }
        List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        long records = 0;
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            records += consumer.poll(Duration.ofMillis(500)).count();
        }
        return records;
    }
}
