package io.newsflow.localstack;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The broker with a SASL_SSL listener, through the plain Kafka clients, as a secured production broker is used. */
class KafkaSaslSslIT {

    private static final String USER = "newsflow";
    private static final String PASSWORD = UUID.randomUUID().toString();

    @TempDir
    static Path dataDir;

    static LocalCertificates certificates;
    static LocalStack stack;

    @BeforeAll
    static void startSecuredBroker() {
        certificates = LocalCertificates.generate(dataDir.resolve("certificates"));
        stack = LocalStack.start(LocalStackOptions.builder(dataDir.resolve("stack")).startElasticsearch(false)
            .kafkaSaslSsl(new KafkaSaslSsl(certificates.keyStore(), certificates.password(), Map.of(USER, PASSWORD)))
            .build());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theScramUserProducesAndConsumesOverTls() throws Exception {
        String topic = createTopic();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producer(PASSWORD))) {
            producer.send(new ProducerRecord<>(topic, "a", "over SASL_SSL")).get();
        }
        assertThat(readAll(topic, 1)).containsExactly("over SASL_SSL");
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producer("not-" + PASSWORD))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("any", "a", "b")).get())
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCaIsRefused() {
        Map<String, Object> config = producer(PASSWORD);
        config.remove(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG);
        config.remove(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("any", "a", "b")).get())
                .cause().isInstanceOf(SslAuthenticationException.class);
        }
    }

    @Test
    void theCredentialsSurviveARestart() throws Exception {
        String bootstrapServers = stack.kafka().saslSslBootstrapServers();
        stack.kafka().restart();

        assertThat(stack.kafka().saslSslBootstrapServers()).isEqualTo(bootstrapServers);
        String topic = createTopic();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producer(PASSWORD))) {
            producer.send(new ProducerRecord<>(topic, "a", "after a restart")).get();
        }
        assertThat(readAll(topic, 1)).containsExactly("after a restart");
    }

    @Test
    void aPasswordKafkasFormatToolWouldCutShortIsRefusedUpFront() {
        assertThatThrownBy(() -> new KafkaSaslSsl(certificates.keyStore(), certificates.password(), Map.of(USER, "a,b]")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("may not contain");
    }

    private static Map<String, Object> secured(String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().saslSslBootstrapServers());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        config.put(SaslConfigs.SASL_MECHANISM, KafkaSaslSsl.MECHANISM);
        config.put(SaslConfigs.SASL_JAAS_CONFIG,
            "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + USER + "\" password=\"" + password + "\";");
        config.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM");
        config.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, certificates.caCertificate().toString());
        return config;
    }

    private static Map<String, Object> producer(String password) {
        Map<String, Object> config = secured(password);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        return config;
    }

    private static String createTopic() throws Exception {
        String topic = "secured-" + UUID.randomUUID();
        try (Admin admin = Admin.create(secured(PASSWORD))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        return topic;
    }

    private static List<String> readAll(String topic, int expected) {
        Map<String, Object> config = secured(PASSWORD);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "secured-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
