package io.newsflow.systemtest;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.localstack.LocalCertificates;
import io.newsflow.testsupport.SecuredElasticsearchProxy;
import io.newsflow.testsupport.SecuredKafkaServer;
import io.newsflow.testsupport.ServiceProcess;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.newsflow.systemtest.NewsIndex.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three services from their jars, configured as "Running in production" in the README says, by
 * environment variables only: Kafka over SASL_SSL (SCRAM, TLS) on a broker that accepts nothing else,
 * publish to Elasticsearch over TLS with basic auth (the real node behind a TLS-terminating,
 * auth-checking proxy), and an API key on the HTTP input. Articles fed with {@code ./newsflow feed}
 * (refused without the key) and through the topic become searchable; the node is never asked
 * without credentials.
 */
class SecuredPipelineSystemIT {

    private static final String API_KEY = UUID.randomUUID().toString();
    private static final String ES_USER = "newsflow_publish";
    private static final String ES_PASSWORD = UUID.randomUUID().toString();

    private static SecuredElasticsearchProxy elasticsearch;
    private static Map<String, String> publishEnv;
    private static Path root;
    private static List<ServiceProcess> services;
    private static ServiceProcess ingest;
    private static final NewsIndex index = new NewsIndex(TestServers.elasticsearch().url());

    @BeforeAll
    static void startSecuredPipeline() {
        SecuredKafkaServer kafka = TestServers.securedKafka();
        LocalCertificates certificates = LocalCertificates.generate(Path.of("target", "test-certificates", UUID.randomUUID().toString()));
        elasticsearch = SecuredElasticsearchProxy.start(TestServers.elasticsearch().url(), certificates, ES_USER, ES_PASSWORD, "unused");

        Map<String, String> common = new HashMap<>(kafka.environment());
        Map<String, String> ingestEnv = new HashMap<>(common);
        ingestEnv.put("NEWSFLOW_INGEST_HTTP_API_KEYS", API_KEY);
        publishEnv = new HashMap<>(common);
        publishEnv.putAll(Map.of(
                "SPRING_ELASTICSEARCH_URIS", elasticsearch.url(),
                "SPRING_ELASTICSEARCH_USERNAME", ES_USER,
                "SPRING_ELASTICSEARCH_PASSWORD", ES_PASSWORD,
                "SPRING_ELASTICSEARCH_RESTCLIENT_SSL_BUNDLE", "elasticsearch",
                "SPRING_SSL_BUNDLE_PEM_ELASTICSEARCH_TRUSTSTORE_CERTIFICATE", "file:" + certificates.caCertificate().toAbsolutePath()));

        root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        ingest = new ServiceProcess("secured-ingest-service", root.resolve("ingest-service/target/ingest-service.jar"), ingestEnv);
        services = List.of(ingest,
                new ServiceProcess("secured-enrich-service", root.resolve("enrich-service/target/enrich-service.jar"), common),
                new ServiceProcess("secured-publish-service", root.resolve("publish-service/target/publish-service.jar"), publishEnv));
        services.forEach(ServiceProcess::start);
        services.forEach(service -> service.awaitReady(Duration.ofMinutes(5)));
    }

    @AfterAll
    static void stopSecuredPipeline() {
        if (services != null) {
            services.parallelStream().forEach(ServiceProcess::stop);
        }
        if (elasticsearch != null) {
            elasticsearch.close();
        }
    }

    @Test
    void aServiceWithAWrongKafkaPasswordNeverBecomesReadyAndItsLogSaysWhy() throws Exception {
        SecuredKafkaServer kafka = TestServers.securedKafka();
        Map<String, String> wrong = new HashMap<>(publishEnv);
        wrong.put("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", SecuredKafkaServer.jaasConfig(kafka.username(), "not-" + kafka.password()));
        wrong.put("SPRING_KAFKA_CONSUMER_GROUP_ID", "publish-wrong-password");
        ServiceProcess refused = new ServiceProcess("secured-publish-wrong-password",
                root.resolve("publish-service/target/publish-service.jar"), wrong);
        refused.start();
        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> Files.readString(refused.log()).contains("invalid credentials"));
            // It keeps trying (the password may be rotated on the broker), but is never ready meanwhile.
            await().during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> readinessStatus(refused) != 200);
        } finally {
            refused.stop();
        }
    }

    /** The readiness probe's status code, or 0 while the service does not answer. */
    private static int readinessStatus(ServiceProcess service) throws InterruptedException {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            service.baseUri().resolve("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private record Feed(int exitCode, String output) {
    }

    /** {@code ./newsflow feed} as an operator runs it against a remote ingest service, with or without its API key. */
    private static Feed feed(Path file, String apiKey) throws Exception {
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("newsflow").toString(), "feed", file.toAbsolutePath().toString())
                .redirectErrorStream(true);
        builder.environment().put("NEWSFLOW_HOME", Path.of("target", "newsflow-home").toAbsolutePath().toString());
        builder.environment().put("NEWSFLOW_INGEST_URL", ingest.baseUri().toString().replaceAll("/$", ""));
        builder.environment().remove("NEWSFLOW_INGEST_API_KEY");
        if (apiKey != null) {
            builder.environment().put("NEWSFLOW_INGEST_API_KEY", apiKey);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return new Feed(process.exitValue(), output);
    }

    @Test
    void articlesFedOverHttpAndThroughTheSecuredTopicBecomeSearchable() throws Exception {
        String posted = uniqueWord();
        Path article = Files.createDirectories(Path.of("target", "secured-feed")).resolve(posted + ".json");
        Files.writeString(article, """
                {"source": {"name": "North Sea Courier", "domain": "northsea-courier.example"},
                 "title": "Aberdeen harbour reopens %s after storm",
                 "body": "Aberdeen harbour reopened on Friday after Storm Ingrid closed it for three days."}
                """.formatted(posted));
        Feed withoutKey = feed(article, null);
        assertThat(withoutKey.exitCode()).as(withoutKey.output()).isNotZero();
        assertThat(withoutKey.output()).contains("REJECTED").contains("HTTP 401");
        Feed withKey = feed(article, API_KEY);
        assertThat(withKey.exitCode()).as(withKey.output()).isZero();
        assertThat(withKey.output()).contains("accepted");

        String produced = uniqueWord();
        SecuredKafkaServer kafka = TestServers.securedKafka();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.clientProperties(kafka.username(), kafka.password()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(KafkaTopics.INBOUND, null, """
                    {"source": {"name": "Capital Herald", "domain": "capitalherald.example"},
                     "title": "Leaders clash %s over housing in final debate",
                     "body": "Prime Minister Helen Carter and opposition leader Marcus Reid clashed over housing in London."}
                    """.formatted(produced))).get();
        }

        for (String marker : List.of(posted, produced)) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                    .until(() -> index.searchText(marker).size(), hits -> hits == 1);
        }
        assertThat(elasticsearch.requests()).isPositive();
        assertThat(elasticsearch.challenged()).as("requests that reached the node without credentials").isZero();
    }
}
