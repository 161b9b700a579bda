package io.newsflow.ingest.http;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.Fixtures;
import io.newsflow.ingest.IngestServiceIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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
        RawArticle raw = awaitRaw(item(response, 0).path("id").asString());
        assertThat(raw.canonicalUrl()).isEqualTo("https://www.harbour-times.example/news/" + marker);
        assertThat(raw.title()).isEqualTo("Ferries resume & harbour reopens");
        assertThat(raw.body()).isEqualTo("The harbour reopened on Friday.\n\nDivers found no damage.");
        assertThat(raw.source().name()).isEqualTo("Harbour Times");
        assertThat(raw.source().domain()).isEqualTo("harbour-times.example");
        assertThat(raw.authors()).containsExactly("Fiona MacLeod");
        assertThat(raw.language()).isEqualTo("en");
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
        assertThat(item(response, 1).path("reason").asString()).isEqualTo("missing-body");
        assertThat(item(response, 2).path("reason").asString()).isEqualTo("unreadable");
        assertThat(awaitRaw(item(response, 0).path("id").asString()).title()).isEqualTo("Good one " + marker);
    }

    @Test
    void ndjsonCarriesOneArticlePerLine() throws Exception {
        String marker = unique();
        HttpResponse<String> response = post("application/x-ndjson", """
                {"source": {"name": "Wire"}, "title": "First %1$s", "body": "One."}
                {"source": {"name": "Wire"}, "title": "Second %1$s", "body": "Two."}
                """.formatted(marker));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(awaitRaw(item(response, 1).path("id").asString()).title()).isEqualTo("Second " + marker);
    }

    @Test
    void aWholePageIsExtractedAndItsUrlGivenAsAQueryParameter() throws Exception {
        String page = Fixtures.text("pages/capital-herald-debate.html").replace("carter-reid-final-debate-housing", unique());
        HttpResponse<String> response = send(request("/api/v1/articles?url=https://capitalherald.example/p/1&source=Capital%20Herald", "text/html; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(page)).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        RawArticle raw = awaitRaw(item(response, 0).path("id").asString());
        assertThat(raw.title()).isEqualTo("Carter and Reid clash over housing in final debate");
        assertThat(raw.body()).startsWith("Prime Minister Helen Carter").doesNotContain("By Daniel Okafor", "ADVERTISEMENT", "Subscribe");
        assertThat(raw.source().name()).isEqualTo("Capital Herald");
        assertThat(raw.leadImage()).isEqualTo("https://capitalherald.example/media/2026/11/debate-stage.jpg");
    }

    @Test
    void plainTextWithTheSourceInAHeader() throws Exception {
        String marker = unique();
        HttpResponse<String> response = send(request("/api/v1/articles", "text/plain; charset=utf-8").header("newsflow-source", "Southmoor Gazette")
                .POST(HttpRequest.BodyPublishers.ofString(Fixtures.text("texts/council-vote-glued.txt") + "\n" + marker)).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        RawArticle raw = awaitRaw(item(response, 0).path("id").asString());
        assertThat(raw.title()).isEqualTo("Council backs 8% rise in tax to save libraries");
        assertThat(raw.body()).startsWith("Southmoor council voted on Thursday");
        assertThat(raw.source().name()).isEqualTo("Southmoor Gazette");
    }

    @Test
    void theSameArticleTwiceIsADuplicateAndAChangedOneANewRevision() throws Exception {
        String url = "https://wire.example/news/" + unique();
        String article = "{\"url\": \"%s\", \"title\": \"Harbour reopens\", \"body\": \"%s\"}";
        String first = item(post("application/json", article.formatted(url, "The harbour reopened on Friday.")), 0).path("id").asString();

        JsonNode again = item(post("application/json", article.formatted(url + "?utm_source=x", "The harbour  reopened on Friday.")), 0);
        JsonNode changed = item(post("application/json", article.formatted(url, "The harbour reopened on Friday morning.")), 0);

        assertThat(again.path("status").asString()).isEqualTo("duplicate");
        assertThat(again.path("id").asString()).isEqualTo(first);
        assertThat(changed.path("status").asString()).isEqualTo("accepted");
        assertThat(changed.path("revision").asLong()).isEqualTo(2);
        RawArticle revised = awaitRaw(first, 2);
        assertThat(revised.body()).isEqualTo("The harbour reopened on Friday morning.");
        RawArticle original = awaitRaw(first, 1);
        assertThat(revised.firstReceivedAt()).as("the index routes every revision by the first one's receipt (ms)")
                .isEqualTo(original.firstReceivedAt())
                .isEqualTo(original.receivedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void aSyndicatedCopyUnderAnotherUrlIsMarkedWithTheFirstCopy() throws Exception {
        String marker = unique();
        String body = Fixtures.text("texts/harbour-scraped.txt").lines().skip(6).reduce("", (a, b) -> a + "\\n" + b.replace("\"", "'"))
                + " " + marker;
        String original = item(post("application/json", "{\"url\": \"https://courier.example/%s\", \"title\": \"Harbour reopens\", \"body\": \"%s\"}"
                .formatted(marker, body)), 0).path("id").asString();

        String copy = item(post("application/json", "{\"url\": \"https://aggregator.example/%s\", \"title\": \"Harbour reopens (Courier)\", \"body\": \"%s\"}"
                .formatted(marker, "Updated at 10am. " + body)), 0).path("id").asString();

        assertThat(awaitRaw(copy).duplicateOf()).isEqualTo(original);
        assertThat(awaitRaw(original).duplicateOf()).isNull();
    }

    @Test
    void withoutAValidApiKeyTheAnswerIs401() throws Exception {
        HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/articles")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/v1/articles")).header("X-API-Key", "guess")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        HttpResponse<String> bearer = send(HttpRequest.newBuilder(uri("/api/v1/articles")).header("Authorization", "Bearer second-key")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"t\"}")).build());

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(none.body()).path("reason").asString()).isEqualTo("unauthorized");
        assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(bearer.statusCode()).isEqualTo(422);
    }

    @Test
    void everyRejectionIsAProblemWithAReason() throws Exception {
        Map<String, HttpResponse<String>> answers = Map.of(
                "unreadable", post("application/json", "{\"title\": \"cut off"),
                "invalid-field", post("application/json", "{\"source\": {\"name\": \"W\"}, \"title\": \"t\", \"body\": \"b\", \"publishedAt\": \"soon\"}"),
                "missing-title", post("application/json", "{\"source\": {\"name\": \"Wire\"}, \"body\": \"Text.\"}"),
                "missing-source", post("application/json", "{\"title\": \"t\", \"body\": \"b\"}"),
                "invalid-url", post("application/json", "{\"url\": \"ftp://files.example/a\", \"title\": \"t\", \"body\": \"b\"}"),
                "unsupported-type", post("application/xml", "<article/>"),
                "too-large", post("application/json", "[" + "{\"title\": \"t\", \"body\": \"b\"},".repeat(10_000) + "{}]"));
        HttpResponse<String> latin1 = send(request("/api/v1/articles?source=S", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray("Caf\u00e9\nBody".getBytes(StandardCharsets.ISO_8859_1))).build());

        Map<String, Integer> statuses = Map.of("unreadable", 400, "invalid-field", 400, "missing-title", 422, "missing-source", 422,
                "invalid-url", 422, "unsupported-type", 415, "too-large", 413);
        answers.forEach((reason, response) -> {
            assertThat(response.statusCode()).as(reason + ": " + response.body()).isEqualTo(statuses.get(reason));
            assertThat(response.headers().firstValue("Content-Type")).as(reason).hasValue("application/problem+json");
            assertThat(JSON.readTree(response.body()).path("reason").asString()).isEqualTo(reason);
            assertThat(JSON.readTree(response.body()).path("type").asString()).isEqualTo("urn:newsflow:problem:" + reason);
        });
        assertThat(latin1.statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode post = JSON.readTree(response.body()).path("paths").path("/api/v1/articles").path("post");
        assertThat(post.path("requestBody").path("content").propertyNames())
                .contains("application/json", "application/x-ndjson", "text/html", "text/plain");
        assertThat(post.path("responses").propertyNames()).contains("202", "400", "401", "413", "415", "422", "503");
    }

    private HttpRequest.Builder request(String path, String contentType) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("X-API-Key", API_KEY);
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return send(request("/api/v1/articles", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode item(HttpResponse<String> response, int index) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).path("items").get(index);
    }
}
