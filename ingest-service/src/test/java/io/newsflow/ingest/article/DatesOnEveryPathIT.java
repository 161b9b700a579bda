package io.newsflow.ingest.article;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.ingest.IngestServiceIT;
import io.newsflow.ingest.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates Elasticsearch, the schema and the readers' date facets cannot hold are a per-item rejection on every path. */
class DatesOnEveryPathIT extends IngestServiceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void overHttpAnExtremeDateIsRejectedAndItsNeighboursGoThrough() throws Exception {
        String marker = unique();
        String article = "{\"source\": {\"name\": \"Wire\"}, \"title\": \"%s %s\", \"body\": \"Text.\", \"%s\": \"%s\"}";
        String batch = "[" + String.join(",",
                article.formatted("Overflow", marker, "updatedAt", "-999999999-01-01T00:00:00Z"),
                article.formatted("Year one", marker, "publishedAt", "0001-01-01T00:00:00Z"),
                article.formatted("Far past", marker, "publishedAt", "-100000000-01-01T00:00:00Z"),
                article.formatted("Good", marker, "publishedAt", "2026-11-27T08:00:00Z")) + "]";

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/articles"))
                .header("Content-Type", "application/json").header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode items = JSON.readTree(response.body()).path("items");
        for (int i = 0; i < 3; i++) {
            assertThat(items.get(i).path("reason").asString()).as(items.get(i).toString()).isEqualTo("date-out-of-range");
            assertThat(items.get(i).path("httpStatus").asInt()).isEqualTo(422);
        }
        assertThat(items.get(3).path("status").asString()).isEqualTo("accepted");
        assertThat(awaitRaw(items.get(3).path("id").asString()).title()).isEqualTo("Good " + marker);
    }

    @Test
    void onNewsInboundAnExtremeDateIsDeadLetteredWithItsReason() {
        String marker = unique();
        kafka().produce(KafkaTopics.INBOUND, marker,
                "{\"source\": {\"name\": \"Wire\"}, \"title\": \"Old %s\", \"body\": \"Text.\", \"updatedAt\": \"-999999999-01-01T00:00:00Z\"}"
                        .formatted(marker));
        kafka().produce(KafkaTopics.INBOUND, marker, "{\"source\": {\"name\": \"Wire\"}, \"title\": \"Next %s\", \"body\": \"Text.\"}".formatted(marker));

        ConsumerRecord<String, byte[]> dead = kafka().awaitRecord(KafkaTopics.deadLetter(KafkaTopics.INBOUND), r -> marker.equals(r.key()));

        assertThat(KafkaTestClient.header(dead, NewsHeaders.DLT_REASON)).isEqualTo("date-out-of-range");
        assertThat(awaitRawContaining("Next " + marker).title()).isEqualTo("Next " + marker);
    }
}
