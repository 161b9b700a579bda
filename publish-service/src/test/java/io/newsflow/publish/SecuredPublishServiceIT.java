package io.newsflow.publish;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.localstack.LocalCertificates;
import io.newsflow.testsupport.SecuredElasticsearchProxy;
import io.newsflow.testsupport.SecuredKafkaServer;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The publish service as production runs it, configured by properties only: Kafka over SASL_SSL
 * (SCRAM, TLS) on a broker that accepts nothing else, and Elasticsearch over TLS with basic auth
 * (the real node behind a TLS-terminating, auth-checking proxy). It consumes an article and
 * produces a dead letter over SASL_SSL, indexes over TLS, and never waits for a 401 challenge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsflow.publish.bulk.flush-interval=200ms",
        "spring.kafka.consumer.group-id=publish-service-secured-it"})
class SecuredPublishServiceIT {

    private static final String USER = "newsflow-publish";
    private static final String PASSWORD = UUID.randomUUID().toString();

    private static SecuredElasticsearchProxy elasticsearchProxy;

    @Autowired
    ElasticsearchClient elasticsearch;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void securedServers(DynamicPropertyRegistry registry) throws Exception {
        SecuredKafkaServer kafka = TestServers.securedKafka();
        TestServers.registerSecuredKafka(registry);
        try (Admin admin = Admin.create(kafka.clientProperties(kafka.username(), kafka.password()))) {
            admin.createTopics(List.of(new NewTopic(KafkaTopics.ENRICHED, 1, (short) 1))).all().get();
        }
        LocalCertificates certificates = LocalCertificates.generate(Path.of("target", "test-certificates", UUID.randomUUID().toString()));
        elasticsearchProxy = SecuredElasticsearchProxy.start(TestServers.elasticsearch().url(), certificates, USER, PASSWORD, "unused");
        registry.add("spring.elasticsearch.uris", elasticsearchProxy::url);
        registry.add("spring.elasticsearch.username", () -> USER);
        registry.add("spring.elasticsearch.password", () -> PASSWORD);
        registry.add("spring.elasticsearch.restclient.ssl.bundle", () -> "elasticsearch");
        registry.add("spring.ssl.bundle.pem.elasticsearch.truststore.certificate",
                () -> "file:" + certificates.caCertificate().toAbsolutePath());
    }

    @AfterAll
    static void stopProxy() {
        if (elasticsearchProxy != null) {
            elasticsearchProxy.close();
        }
    }

    @Test
    void consumesIndexesAndDeadLettersOverSecuredConnections() throws Exception {
        SecuredKafkaServer kafka = TestServers.securedKafka();
        String good = "secured-" + UUID.randomUUID();
        String bad = "secured-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.clientProperties(kafka.username(), kafka.password()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(KafkaTopics.ENRICHED, good,
                    ArticleJson.write(ArticleFixtures.article(good, 1, "Harbour reopens over a secured pipeline")))).get();
            producer.send(new ProducerRecord<>(KafkaTopics.ENRICHED, bad, "{\"id\":".getBytes(StandardCharsets.UTF_8))).get();
        }

        Map<?, ?> document = await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() -> {
            GetResponse<Map> response = elasticsearch.get(g -> g.index("news").id(good), Map.class);
            return response.found() ? response.source() : null;
        }, d -> d != null);
        assertThat(document.get("title")).isEqualTo("Harbour reopens over a secured pipeline");

        ConsumerRecord<String, String> deadLetter = await().atMost(Duration.ofSeconds(90))
                .until(() -> deadLetter(kafka, bad), r -> r != null);
        assertThat(new String(deadLetter.headers().lastHeader(NewsHeaders.DLT_REASON).value(), StandardCharsets.UTF_8))
                .isEqualTo("invalid-json");

        assertThat(elasticsearchProxy.requests()).isPositive();
        assertThat(elasticsearchProxy.challenged()).as("requests sent without credentials").isZero();

        HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        // Ready only while its components kafka (asked over SASL_SSL) and elasticsearch (over TLS) are UP.
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"kafka\":{").contains("\"elasticsearch\":{");
    }

    private static ConsumerRecord<String, String> deadLetter(SecuredKafkaServer kafka, String key) {
        Map<String, Object> config = kafka.clientProperties(kafka.username(), kafka.password());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "secured-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(KafkaTopics.deadLetter(KafkaTopics.ENRICHED)));
            for (int polls = 0; polls < 20 && found.isEmpty(); polls++) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        return found.isEmpty() ? null : found.getFirst();
    }
}
