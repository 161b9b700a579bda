package io.newsflow.servicesupport.compacted;

import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.backoff.FixedBackOff;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A table kept in step with a compacted topic on the real broker, as ingest's state stores are. */
class CompactedTopicReaderIT {

    private final String topic = "compacted-reader-test-" + UUID.randomUUID();

    @Test
    void loadsTheTopicToItsEndBeforeSayingSoThenFollowsItPastARecordItCannotRead() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1).configs(Map.of("cleanup.policy", "compact")))).all().get();
        }
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < 50; i++) {
                producer.send(new ProducerRecord<>(topic, "key-" + (i % 10), bytes("v" + i)));
            }
            producer.flush();

            Map<String, String> table = new ConcurrentHashMap<>();
            try (CompactedTopicReader reader = new CompactedTopicReader(
                    Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()), topic,
                    (key, value) -> {
                        String text = new String(value, StandardCharsets.UTF_8);
                        if (text.equals("unreadable")) {
                            throw new IllegalArgumentException("cannot read " + key);
                        }
                        table.put(key, text);
                    }, new FixedBackOff(500, FixedBackOff.UNLIMITED_ATTEMPTS))) {
                reader.start();

                assertThat(reader.awaitLoaded(Duration.ofMinutes(1))).isTrue();
                assertThat(table).hasSize(10).containsEntry("key-0", "v40").containsEntry("key-9", "v49");
                assertThat(reader.health().getStatus()).isEqualTo(Status.UP);

                producer.send(new ProducerRecord<>(topic, "key-0", bytes("unreadable")));
                producer.send(new ProducerRecord<>(topic, "key-1", bytes("later")));
                producer.flush();
                await("follows what is written after the load").atMost(Duration.ofSeconds(30))
                        .until(() -> "later".equals(table.get("key-1")));
                assertThat(table).as("the unreadable record was skipped").containsEntry("key-0", "v40");
                assertThat(reader.health().getDetails()).containsEntry("phase", "following").containsEntry("restarts", 0L);
            }
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
