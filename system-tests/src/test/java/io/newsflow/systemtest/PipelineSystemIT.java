package io.newsflow.systemtest;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static io.newsflow.systemtest.NewsIndex.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole pipeline as a user meets it: the three services run from their jars as separate
 * processes; articles go in over HTTP and through topic news.inbound; a reader finds them through
 * the alias {@code news} with their fields intact and their entities tagged.
 */
class PipelineSystemIT {

    private static RunningPipeline pipeline;

    @BeforeAll
    static void startPipeline() {
        pipeline = RunningPipeline.get();
    }

    @Test
    void articlePostedOverHttpBecomesSearchable() throws Exception {
        String marker = uniqueWord();
        String json = """
                {"url": "https://www.northsea-courier.example/news/%1$s?utm_source=newsletter",
                 "source": {"name": "North Sea Courier", "domain": "northsea-courier.example"},
                 "title": "Aberdeen harbour reopens %1$s after storm",
                 "subtitle": "Ferries to Orkney resume",
                 "authors": ["Fiona MacLeod"],
                 "publishedAt": "2026-11-27T07:30:00Z",
                 "body": "Aberdeen harbour reopened on Friday after Storm Ingrid closed it for three days.\\n\\nThe Port of Aberdeen said chief executive Bob Sanguinetti would sail on the first ferry to Kirkwall."}
                """.formatted(marker);

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(pipeline.ingest().baseUri().resolve("/api/v1/articles"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);

        JsonNode doc = awaitSearchable(marker);

        assertThat(doc.path("title").asString()).isEqualTo("Aberdeen harbour reopens " + marker + " after storm");
        assertThat(doc.path("subtitle").asString()).isEqualTo("Ferries to Orkney resume");
        assertThat(doc.path("body").asString()).contains("Storm Ingrid closed it for three days")
                .contains("first ferry to Kirkwall");
        assertThat(doc.path("source").path("name").asString()).isEqualTo("North Sea Courier");
        assertThat(doc.path("canonicalUrl").asString())
                .isEqualTo("https://www.northsea-courier.example/news/" + marker)
                .doesNotContain("utm_source");
        assertThat(doc.path("authors").get(0).asString()).isEqualTo("Fiona MacLeod");
        assertThat(doc.path("publishedAt").asString()).startsWith("2026-11-27T07:30");
        assertThat(entityNames(doc)).contains("Aberdeen");
    }

    @Test
    void articleProducedToTheInboundTopicBecomesSearchable() {
        String marker = uniqueWord();
        String json = """
                {"source": {"name": "Capital Herald", "domain": "capitalherald.example"},
                 "title": "Leaders clash %s over housing in final debate",
                 "authors": ["Daniel Okafor"],
                 "publishedAt": "2026-11-26T21:45:00Z",
                 "body": "Prime Minister Helen Carter and opposition leader Marcus Reid clashed over housing in London on Wednesday night.\\n\\nThe debate was hosted by the BBC in Cardiff."}
                """.formatted(marker);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(KafkaTopics.INBOUND, marker, json));
        }

        JsonNode doc = awaitSearchable(marker);

        assertThat(doc.path("title").asString()).isEqualTo("Leaders clash " + marker + " over housing in final debate");
        assertThat(doc.path("body").asString()).contains("hosted by the BBC in Cardiff");
        assertThat(doc.path("source").path("name").asString()).isEqualTo("Capital Herald");
        assertThat(doc.path("source").path("domain").asString()).isEqualTo("capitalherald.example");
        assertThat(entityNames(doc)).contains("Helen Carter", "London");
    }

    private static JsonNode awaitSearchable(String marker) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> pipeline.index().searchText(marker), hits -> hits.size() == 1)
                .get(0).get("_source");
    }

    private static java.util.List<String> entityNames(JsonNode doc) {
        return doc.path("entities").valueStream().map(entity -> entity.path("name").asString()).toList();
    }

}
