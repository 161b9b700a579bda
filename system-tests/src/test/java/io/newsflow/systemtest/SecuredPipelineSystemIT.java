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

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * auth-checking proxy), and an API key on the HTTP input. Articles fed over HTTP and through the
 * topic become searchable; the node is never asked without credentials.
 */
class SecuredPipelineSystemIT {

    private static final String API_KEY = UUID.randomUUID().toString();
    private static final String ES_USER = "newsflow_publish";
    private static final String ES_PASSWORD = UUID.randomUUID().toString();

    private static SecuredElasticsearchProxy elasticsearch;
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
        Map<String, String> publishEnv = new HashMap<>(common);
        publishEnv.putAll(Map.of(
                "SPRING_ELASTICSEARCH_URIS", elasticsearch.url(),
                "SPRING_ELASTICSEARCH_USERNAME", ES_USER,
                "SPRING_ELASTICSEARCH_PASSWORD", ES_PASSWORD,
                "SPRING_ELASTICSEARCH_RESTCLIENT_SSL_BUNDLE", "elasticsearch",
                "SPRING_SSL_BUNDLE_PEM_ELASTICSEARCH_TRUSTSTORE_CERTIFICATE", "file:" + certificates.caCertificate().toAbsolutePath()));

        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
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
    void articlesFedOverHttpAndThroughTheSecuredTopicBecomeSearchable() throws Exception {
        String posted = uniqueWord();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(ingest.baseUri().resolve("/api/v1/articles"))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"source": {"name": "North Sea Courier", "domain": "northsea-courier.example"},
                                 "title": "Aberdeen harbour reopens %s after storm",
                                 "body": "Aberdeen harbour reopened on Friday after Storm Ingrid closed it for three days."}
                                """.formatted(posted))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);

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
