package io.newsflow.systemtest;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.newsflow.systemtest.NewsIndex.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad input mixed with good, through the running pipeline: every bad item is accounted for (a
 * clear rejection, a dead letter with its reason, a dropped duplicate, a correct ordering) and the
 * good articles sent around it arrive untouched.
 */
class BadInputSystemIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningPipeline pipeline;

    @BeforeAll
    static void startPipeline() {
        pipeline = RunningPipeline.get();
    }

    @Test
    void unreadableTopicRecordsAreDeadLetteredWithTheirReasonAndTheGoodOnesAroundThemArrive() throws Exception {
        String marker = uniqueWord();
        Map<String, Long> before = DeadLetterCounts.read(bootstrap());
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(json(good(marker + "first", "Harbour reopens after the storm")));
            producer.send(json("{\"title\": \"Truncated record\", \"body\": \"The JSON stops her"));
            producer.send(json("{\"title\": [\"a\", \"list\"], \"body\": 42, \"source\": {\"name\": \"Wire\"}}"));
            producer.send(json("{\"title\": \"   \", \"body\": \"A body without a title.\", \"source\": {\"name\": \"Wire\"}}"));
            byte[] invalidUtf8 = "{\"title\": \"Caf\u00e9\", \"body\": \"x\", \"source\": {\"name\": \"Wire\"}}".getBytes(StandardCharsets.ISO_8859_1);
            producer.send(json(invalidUtf8));
            producer.send(json(good(marker + "second", "Ferries resume their timetable")));
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            assertThat(pipeline.index().searchText(marker + "first")).hasSize(1);
            assertThat(pipeline.index().searchText(marker + "second")).hasSize(1);
        });
        Map<String, Long> after = DeadLetterCounts.read(bootstrap());
        assertThat(after.get("news.inbound-dlt") - before.get("news.inbound-dlt")).as("inbound dead letters").isEqualTo(4);
        assertThat(after.get("news.raw-dlt")).isEqualTo(before.get("news.raw-dlt"));
        assertThat(after.get("news.enriched-dlt")).isEqualTo(before.get("news.enriched-dlt"));
    }

    @Test
    void httpCallersGetProblemDetailsForWhatCannotBeAnArticle() throws Exception {
        HttpResponse<String> oversized = post("application/json", good(uniqueWord(), "x".repeat(6 * 1024 * 1024)));
        assertThat(oversized.statusCode()).isEqualTo(413);
        assertThat(oversized.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));

        HttpResponse<String> noTitle = post("application/json",
                "{\"url\": \"https://wire.example/a/" + uniqueWord() + "\", \"title\": \"\", \"body\": \"Text.\"}");
        assertThat(noTitle.statusCode()).isEqualTo(422);
        assertThat(noTitle.body()).contains("missing-title");

        HttpResponse<String> futureDate = post("application/json", """
                {"url": "https://wire.example/a/%s", "title": "Dated in the future", "body": "Text.", "publishedAt": "2099-01-01T00:00:00Z"}"""
                .formatted(uniqueWord()));
        assertThat(futureDate.statusCode()).isEqualTo(422);
        assertThat(futureDate.body()).contains("future-date");

        HttpResponse<String> notJson = post("application/json", "{\"title\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(post("application/pdf", "%PDF-1.7").statusCode()).isEqualTo(415);
    }

    @Test
    void scriptsAreStrippedFromPagesAndOtherLanguagesAreKeptWithoutEnglishEntities() throws Exception {
        String marker = uniqueWord();
        String page = """
                <!doctype html><html lang="en"><head><title>Council approves new bridge %1$s</title>
                <script>window.track = function () { alert('tracking'); };</script></head>
                <body><article><h1>Council approves new bridge %1$s</h1>
                <p>The city council in Leeds approved a new footbridge over the River Aire on Tuesday, ending a decade of debate.</p>
                <script>document.write('<p>Injected advert</p>');</script>
                <p>Councillor Mary Jones said work would begin in the spring and take two years.</p></article></body></html>
                """.formatted(marker);
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(ingest("/api/v1/articles"))
                .header("Content-Type", "text/html").header(NewsHeaders.URL, "https://leeds-news.example/bridge/" + marker)
                .POST(HttpRequest.BodyPublishers.ofString(page)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);

        String german = uniqueWord();
        assertThat(post("application/json", """
                {"url": "https://zeitung.example/artikel/%1$s", "title": "Stadtrat beschließt neue Brücke %1$s",
                 "body": "Der Stadtrat von Köln hat am Dienstag den Bau einer neuen Brücke über den Rhein beschlossen. Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern. Oberbürgermeisterin Henriette Reker sprach von einem guten Tag für die Stadt."}"""
                .formatted(german)).statusCode()).isEqualTo(202);

        JsonNode bridge = awaitOne(marker);
        assertThat(bridge.path("body").asString()).contains("River Aire").contains("two years")
                .doesNotContain("alert(").doesNotContain("Injected advert").doesNotContain("window.track");
        JsonNode brucke = awaitOne(german);
        assertThat(brucke.path("language").asString()).isEqualTo("de");
        assertThat(brucke.path("entities")).isEmpty();
    }

    @Test
    void aRepeatIsDroppedAndAnOlderRevisionArrivingLateDoesNotReplaceTheNewerOne() throws Exception {
        String marker = uniqueWord();
        String url = "https://wire.example/story/" + marker;
        String v1 = article(url, "Storm closes harbour " + marker, "The harbour closed on Tuesday as the storm arrived.", "2026-11-24T08:00:00Z");
        String v2 = article(url, "Storm closes harbour " + marker, "The harbour closed on Tuesday as the storm arrived. It reopened on Friday.", "2026-11-27T08:00:00Z");

        assertThat(post("application/json", v1).body()).contains("\"revision\":1");
        assertThat(post("application/json", v1).body()).contains("\"status\":\"duplicate\"");
        assertThat(post("application/json", v2).body()).contains("\"revision\":2");
        HttpResponse<String> late = post("application/json", v1);
        assertThat(late.statusCode()).isEqualTo(202);
        assertThat(late.body()).contains("\"status\":\"stale\"");

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            JsonNode hits = pipeline.index().searchText(marker);
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).path("_source").path("revision").asLong()).isEqualTo(2);
            assertThat(hits.get(0).path("_source").path("body").asString()).contains("reopened on Friday");
        });
    }

    private static JsonNode awaitOne(String word) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> pipeline.index().searchText(word), hits -> hits.size() == 1)
                .get(0).get("_source");
    }

    private static String good(String marker, String body) {
        return article("https://wire.example/good/" + marker, "Good article " + marker, body + " " + marker + ".", null);
    }

    private static String article(String url, String title, String body, String updatedAt) {
        Map<String, Object> json = new java.util.LinkedHashMap<>(Map.of("url", url, "title", title, "body", body));
        if (updatedAt != null) {
            json.put("updatedAt", updatedAt);
        }
        return ArticleJson.mapper().writeValueAsString(json);
    }

    private static ProducerRecord<String, byte[]> json(String value) {
        return json(value.getBytes(StandardCharsets.UTF_8));
    }

    private static ProducerRecord<String, byte[]> json(byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(KafkaTopics.INBOUND, UUID.randomUUID().toString(), value);
        record.headers().add(NewsHeaders.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(ingest("/api/v1/articles")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static java.net.URI ingest(String path) {
        return pipeline.ingest().baseUri().resolve(path);
    }

    private static String bootstrap() {
        return TestServers.kafka().bootstrapServers();
    }

}
