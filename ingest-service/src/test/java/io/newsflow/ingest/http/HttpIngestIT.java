package io.newsflow.ingest.http;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.IngestServiceIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class HttpIngestIT extends IngestServiceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void postedArticleIsOnNewsRawWhenTheAnswerIsAccepted() throws Exception {
        String marker = unique();
        HttpResponse<String> response = post("application/json", """
                {"url": "https://www.Harbour-Times.example/news/%s?utm_source=newsletter&utm_medium=email#comments",
                 "source": {"name": "Harbour Times"},
                 "title": "Ferries resume &amp; harbour reopens",
                 "subtitle": "Storm damage smaller than feared",
                 "authors": ["Fiona MacLeod", "Fiona MacLeod"],
                 "publishedAt": "2026-11-27T07:30:00Z",
                 "body": "The harbour reopened on Friday.\\n\\n\\n  Divers found   no damage.  "}
                """.formatted(marker));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode item = JSON.readTree(response.body()).path("items").get(0);
        assertThat(item.path("status").asString()).isEqualTo("accepted");
        String id = item.path("id").asString();

        RawArticle raw = awaitRaw(id);
        assertThat(raw.canonicalUrl()).isEqualTo("https://www.harbour-times.example/news/" + marker);
        assertThat(raw.title()).isEqualTo("Ferries resume & harbour reopens");
        assertThat(raw.body()).isEqualTo("The harbour reopened on Friday.\n\nDivers found no damage.");
        assertThat(raw.source().name()).isEqualTo("Harbour Times");
        assertThat(raw.source().domain()).isEqualTo("harbour-times.example");
        assertThat(raw.authors()).containsExactly("Fiona MacLeod");
        assertThat(raw.revision()).isEqualTo(1);
        assertThat(raw.contentHash()).hasSize(64);
        assertThat(raw.receivedAt()).isNotNull();
        assertThat(raw.schemaVersion()).isEqualTo(RawArticle.SCHEMA_VERSION);
    }

    @Test
    void aBatchReportsEachItemAndGoodItemsGoThrough() throws Exception {
        String marker = unique();
        HttpResponse<String> response = post("application/json", """
                [{"source": {"name": "Wire"}, "title": "Good one %s", "body": "Text."},
                 {"source": {"name": "Wire"}, "title": "No body"},
                 42]
                """.formatted(marker));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.path("accepted").asInt()).isEqualTo(1);
        assertThat(answer.path("rejected").asInt()).isEqualTo(2);
        assertThat(answer.path("items").get(1).path("reason").asString()).isEqualTo("missing-body");
        assertThat(answer.path("items").get(2).path("reason").asString()).isEqualTo("unreadable");
        assertThat(awaitRaw(answer.path("items").get(0).path("id").asString()).title()).isEqualTo("Good one " + marker);
    }

    @Test
    void unreadableJsonIsAProblem400() throws Exception {
        HttpResponse<String> response = post("application/json", "{\"title\": \"cut off");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).path("reason").asString()).isEqualTo("unreadable");
    }

    @Test
    void missingTitleIsAProblem422() throws Exception {
        HttpResponse<String> response = post("application/json", "{\"source\": {\"name\": \"Wire\"}, \"body\": \"Text.\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("reason").asString()).isEqualTo("missing-title");
        assertThat(problem.path("type").asString()).isEqualTo("urn:newsflow:problem:missing-title");
    }

    private HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri("/api/v1/articles"))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
