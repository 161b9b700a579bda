package io.newsflow.systemtest;

import io.newsflow.contract.KafkaTopics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/** How many records each dead-letter topic holds (sum of end offsets; a missing topic holds none). */
final class DeadLetterCounts {

    static final List<String> TOPICS = List.of(KafkaTopics.deadLetter(KafkaTopics.INBOUND),
            KafkaTopics.deadLetter(KafkaTopics.RAW), KafkaTopics.deadLetter(KafkaTopics.ENRICHED));

    private DeadLetterCounts() {
    }

    static Map<String, Long> read(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var existing = admin.listTopics().names().get();
            Map<String, Long> counts = new TreeMap<>();
            for (String topic : TOPICS) {
                counts.put(topic, existing.contains(topic) ? endOffsetSum(admin, topic) : 0L);
            }
            return counts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static long endOffsetSum(Admin admin, String topic) throws InterruptedException, ExecutionException {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(info -> info.offset()).sum();
    }
}
