package io.newsflow.servicesupport.edge;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.DeadLetterCause;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.contract.ReasonCode;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared edge in a small transactional stage against the real broker, the way the services use
 * it (a batch listener in a Kafka transaction that dead-letters through {@link StageEdge}): what
 * reaches the output topic and the dead-letter topic when records are at fault, when a dead letter
 * is too large for its topic, and when the broker restarts.
 */
class StageEdgeIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String IN = "edge-test-" + RUN;
    private static final String OUT = IN + "-out";
    private static final int BIG = 2_500_000;

    private static ConfigurableApplicationContext stage;

    enum TestReason implements ReasonCode {
        POISON;

        @Override
        public String code() {
            return "poison";
        }
    }

    static final class PoisonException extends RuntimeException implements DeadLetterCause {
        PoisonException() {
            super("this record can never be processed");
        }

        @Override
        public ReasonCode reasonCode() {
            return TestReason.POISON;
        }
    }

    /**
     * Copies each record to OUT; a value starting with "poison" is the record's fault, and one
     * starting with "slow" takes a while, so that a transaction is open whenever the broker goes away.
     */
    @Component
    static class CopyingListener {
        private final KafkaTemplate<String, byte[]> template;
        private final StageEdge edge;

        CopyingListener(KafkaTemplate<String, byte[]> template, StageEdge edge) {
            this.template = template;
            this.edge = edge;
        }

        @KafkaListener(id = "edge-test", topics = "${edge-test.in}", batch = "true")
        void onBatch(List<ConsumerRecord<String, byte[]>> records) {
            for (ConsumerRecord<String, byte[]> record : records) {
                try {
                    String start = new String(record.value(), 0, Math.min(6, record.value().length), StandardCharsets.UTF_8);
                    if (start.equals("poison")) {
                        throw new PoisonException();
                    }
                    if (start.startsWith("slow")) {
                        pause(150);
                    }
                    edge.sent(template.send(OUT, record.key(), record.value()));
                    edge.succeeded();
                } catch (RuntimeException e) {
                    edge.failed(record, e);
                }
            }
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(CopyingListener.class)
    static class Stage {
        /** The source takes records larger than its dead-letter topic does, as a topic with a raised limit would. */
        @Bean
        NewTopic in(TopicsProperties topics) {
            return TopicBuilder.name(IN).partitions(1).replicas(1)
                    .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(3 * 1024 * 1024)).build();
        }

        @Bean
        NewTopic deadLetter(StageTopics topics) {
            return topics.deadLetter(IN);
        }

        @Bean
        NewTopic out(StageTopics topics) {
            return topics.topic(OUT);
        }

        @Bean
        StageReasons reasons() {
            return StageReasons.of(TestReason.POISON);
        }
    }

    @BeforeAll
    static void start() {
        stage = new SpringApplicationBuilder(Stage.class).properties(
                "server.port=0",
                "edge-test.in=" + IN,
                "newsflow.stage.name=edgetest",
                "newsflow.stage.instance-id=it-" + RUN,
                "newsflow.stage.retry.max-interval=2s",
                "newsflow.topics.partitions=1",
                "spring.kafka.bootstrap-servers=" + TestServers.kafka().bootstrapServers(),
                "spring.kafka.producer.transaction-id-prefix=${newsflow.stage.transaction-id-prefix}",
                "spring.kafka.producer.key-serializer=" + StringSerializer.class.getName(),
                "spring.kafka.producer.value-serializer=" + ByteArraySerializer.class.getName(),
                // Short client timeouts, so the broker's absence fails the open transaction instead of being waited out.
                "spring.kafka.producer.properties.max.block.ms=2000",
                "spring.kafka.producer.properties.request.timeout.ms=1000",
                "spring.kafka.producer.properties.delivery.timeout.ms=2500",
                "spring.kafka.consumer.group-id=edge-test-" + RUN,
                "spring.kafka.consumer.auto-offset-reset=earliest",
                "spring.kafka.consumer.isolation-level=read_committed",
                "spring.kafka.consumer.key-deserializer=" + StringDeserializer.class.getName(),
                "spring.kafka.consumer.value-deserializer=" + ByteArrayDeserializer.class.getName(),
                "logging.structured.format.console=").run();
    }

    @AfterAll
    static void stop() {
        stage.close();
    }

    @Test
    void aPoisonRecordIsDeadLetteredOnceAndOneTooLargeForTheDeadLetterTopicDoesNotBlockLaterRecords() {
        MeterRegistry meters = stage.getBean(MeterRegistry.class);
        assertThat(meters.get("newsflow.edgetest.dead.letters").tag("reason", "poison").counter().count())
                .as("registered at start-up, at zero").isZero();
        assertThat(meters.get("newsflow.edgetest.dead.letters").tag("reason", "processing-failed").counter().count()).isZero();

        byte[] big = new byte[BIG];
        Arrays.fill(big, (byte) 'x');
        System.arraycopy("poison".getBytes(StandardCharsets.UTF_8), 0, big, 0, 6);
        produce(List.of(record("big", big), record("small", bytes("poison: small")), record("a", bytes("good a")),
                record("b", bytes("good b"))));

        List<ConsumerRecord<String, byte[]>> copied = awaitRecords(OUT, 2);
        assertThat(copied).extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("good a", "good b");

        List<ConsumerRecord<String, byte[]>> deadLetters = awaitRecords(KafkaTopics.deadLetter(IN), 2);
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactly("big", "small");
        ConsumerRecord<String, byte[]> tooLarge = deadLetters.get(0);
        assertThat(tooLarge.value()).isEmpty();
        assertThat(header(tooLarge, NewsHeaders.DLT_VALUE_DROPPED)).isEqualTo(String.valueOf(BIG));
        assertThat(header(tooLarge, NewsHeaders.DLT_REASON)).isEqualTo("poison");
        assertThat(header(tooLarge, "kafka_dlt-original-offset")).as("where the original still is").isNotNull();
        ConsumerRecord<String, byte[]> small = deadLetters.get(1);
        assertThat(small.value()).as("the original bytes").isEqualTo(bytes("poison: small"));
        assertThat(header(small, NewsHeaders.DLT_REASON)).isEqualTo("poison");

        await("counted once each").atMost(Duration.ofSeconds(30))
                .until(() -> meters.get("newsflow.edgetest.dead.letters").tag("reason", "poison").counter().count() == 2.0);
        assertThat(readAll(KafkaTopics.deadLetter(IN))).as("no dead letter twice").hasSize(2);
    }

    @Test
    void aBrokerRestartIsRetriedWithoutDeadLettersAndNothingIsLostOrDuplicated() throws Exception {
        int before = readAll(KafkaTopics.deadLetter(IN)).size();
        int copiedBefore = readAll(OUT).size();
        List<String> values = IntStream.range(0, 60).mapToObj(i -> "slow " + i).toList();
        Thread feeding = Thread.ofPlatform().start(() -> {
            try (KafkaProducer<String, byte[]> producer = producer()) {
                for (String value : values) {
                    producer.send(new ProducerRecord<>(IN, value, bytes(value)));
                    pause(100);
                }
                producer.flush();
            }
        });
        pause(1500);
        TestServers.kafka().restart();
        feeding.join(TimeUnit.MINUTES.toMillis(3));

        await("every record copied").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> readAll(OUT).size() >= copiedBefore + values.size());
        List<String> copied = readAll(OUT).stream().skip(copiedBefore)
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
        assertThat(copied).as("each exactly once").containsExactlyInAnyOrderElementsOf(values);
        assertThat(readAll(KafkaTopics.deadLetter(IN))).as("no dead letters").hasSize(before);

        MeterRegistry meters = stage.getBean(MeterRegistry.class);
        assertThat(meters.get("newsflow.edgetest.kafka.retries").counter().count()).as("the restart was met and retried").isPositive();
        await("working again").atMost(Duration.ofMinutes(1))
                .until(() -> stage.getBean(StageState.class).condition() == StageState.Condition.WORKING);
    }

    private static ProducerRecord<String, byte[]> record(String key, byte[] value) {
        return new ProducerRecord<>(IN, key, value);
    }

    private static void produce(List<ProducerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers());
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 180_000);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 180_000);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, int count) {
        return await(topic).atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> readAll(topic), records -> records.size() >= count);
    }

    /** Everything committed in the topic's one partition, from its beginning to its end. */
    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
