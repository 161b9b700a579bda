package io.newsflow.ingest.http;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.IngestServiceIT;
import io.newsflow.testsupport.ZeroBytes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a hostile feeder tried against the running service, each with the answer it must now get. */
class HostileRequestsIT extends IngestServiceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void noSpellingOfTheArticlePathGetsPastTheKeyCheck() throws Exception {
        String marker = unique();
        String article = "{\"source\": {\"name\": \"Wire\"}, \"title\": \"Bypass %s\", \"body\": \"Text.\"}".formatted(marker);
        for (String path : List.of("/api/v1/articles", "/%61pi/v1/articles", "/api/v1/%61rticles", "/api/v1/articles/",
                "/%2561pi/v1/articles", "/api%2Fv1/articles", "/api;x=1/v1/articles", "/api/v1/articles;jsessionid=1",
                "//api/v1/articles", "/x/../api/v1/articles", "/api/v1/%2e%2e/v1/articles")) {
            RawResponse response = rawPost(path, article, null);

            assertThat(response.status()).as(path + ": " + response.body()).isIn(400, 401);
            assertThat(response.head()).as(path).containsIgnoringCase("Content-Type: application/problem+json");
        }
        RawResponse encodedWithKey = rawPost("/%61pi/v1/articles", article, API_KEY);
        assertThat(encodedWithKey.status()).as(encodedWithKey.body()).isEqualTo(202);
        assertThat(encodedWithKey.body()).contains("\"accepted\":1");
    }

    @Test
    void aHugeChunkedBodyWithoutAKeyIsRefusedUnreadAndTheServiceStaysUp() throws Exception {
        long size = 300L * 1024 * 1024;
        HttpRequest request = HttpRequest.newBuilder(uri("/%61pi/v1/articles")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroBytes(size))).build();
        try {
            assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        } catch (IOException closedMidUpload) {
            // Tomcat closes the connection once it has answered 401 and will not swallow more of the body.
        }

        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void bodiesAreBoundedWhileStreamingAndGzipOnlyUpToTheExpandedLimit() throws Exception {
        String big = "[" + "{\"title\": \"t\", \"body\": \"b\"},".repeat(10_000) + "{}]";
        HttpResponse<String> chunked = send(request("application/json").POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build());
        String marker = unique();
        HttpResponse<String> gzip = send(request("application/json").header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofByteArray(
                gzip(("{\"source\": {\"name\": \"Wire\"}, \"title\": \"Gzip %s\", \"body\": \"Compressed.\"}".formatted(marker)).getBytes(StandardCharsets.UTF_8))))
                .build());
        HttpResponse<String> bomb = send(request("application/json").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(new byte[20 * 1024 * 1024]))).build());
        HttpResponse<String> brotli = send(request("application/json").header("Content-Encoding", "br")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertProblem(chunked, 413, "too-large");
        assertThat(gzip.statusCode()).as(gzip.body()).isEqualTo(202);
        assertThat(awaitRawContaining("Gzip " + marker).body()).isEqualTo("Compressed.");
        assertProblem(bomb, 413, "too-large");
        assertProblem(brotli, 415, "unsupported-encoding");
    }

    @Test
    void everyErrorIsAProblemAndTheJsonCharsetIsHonoured() throws Exception {
        HttpResponse<String> badType = send(request(";;;").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/api/v1/articles")).header("X-API-Key", API_KEY).GET().build());
        String marker = unique();
        HttpResponse<String> latin1 = send(request("application/json; charset=ISO-8859-1").POST(HttpRequest.BodyPublishers.ofByteArray(
                ("{\"source\": {\"name\": \"Wire\"}, \"title\": \"Caf\u00e9 " + marker + "\", \"body\": \"Cr\u00e8me.\"}").getBytes(StandardCharsets.ISO_8859_1))).build());

        assertProblem(badType, 415, "unsupported-type");
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> error = send(HttpRequest.newBuilder(uri("/error")).GET().build());
        assertProblem(error, 500, "internal-error");
        assertThat(latin1.statusCode()).as(latin1.body()).isEqualTo(202);
        assertThat(awaitRawContaining(marker).title()).isEqualTo("Caf\u00e9 " + marker);
    }

    @Test
    void refusalsBeforeRoutingAreCountedUnderTheRoute() throws Exception {
        rawPost("/api/v1/articles", "{}", null);
        send(request("application/json").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[300 * 1024])).build());

        String metrics = HTTP.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<String> requests = metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")).toList();
        assertThat(requests).anyMatch(line -> line.contains("status=\"401\"") && line.contains("uri=\"/api/v1/articles\""));
        assertThat(requests).anyMatch(line -> line.contains("status=\"413\"") && line.contains("uri=\"/api/v1/articles\""));
        assertThat(requests).noneMatch(line -> line.contains("uri=\"UNKNOWN\"") && line.matches(".*status=\"(401|413|415)\".*"));
    }

    @Test
    void textReachesKafkaAsPlainTextWithoutControlsOrMarkup() throws Exception {
        String marker = unique();
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        HttpResponse<String> json = send(request("application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                "source", Map.of("name", "Wire"),
                "title", "Harbour\u0000 \u001B[31mreopens\u001B[0m \u202Etxt.exe " + family + " " + marker,
                "body", "&lt;script&gt;alert(1)&lt;/script&gt;The harbour reopened.")))).build());
        String pageMarker = unique();
        HttpResponse<String> page = send(request("text/html; charset=utf-8").header("newsflow-url", "https://courier.example/" + pageMarker)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        <html><head><meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt;Harbour reopens %s">
                        <meta property="og:site_name" content="Courier"></head>
                        <body><article><p>The harbour reopened on Friday after the storm, the port authority said.</p></article></body></html>"""
                        .formatted(pageMarker))).build());

        assertThat(json.statusCode()).as(json.body()).isEqualTo(202);
        RawArticle fromJson = awaitRawContaining(marker);
        assertThat(fromJson.title()).isEqualTo("Harbour reopens txt.exe " + family + " " + marker);
        assertThat(fromJson.body()).isEqualTo("alert(1) The harbour reopened.");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(202);
        assertThat(awaitRawContaining(pageMarker).title()).isEqualTo("Harbour reopens " + pageMarker);
    }

    /** A POST exactly as written (the JDK client would normalise the path), over a plain socket. */
    private RawResponse rawPost(String path, String body, String key) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + (key == null ? "" : "X-API-Key: " + key + "\r\n") + "Content-Length: " + bytes.length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return new RawResponse(Integer.parseInt(answer.substring(9, 12)), answer.substring(0, end), answer.substring(end + 4));
        }
    }

    /** Status, header block and body (possibly chunk-framed, which the assertions do not mind) of a raw answer. */
    private record RawResponse(int status, String head, String body) {
    }

    private HttpRequest.Builder request(String contentType) {
        return HttpRequest.newBuilder(uri("/api/v1/articles")).header("Content-Type", contentType).header("X-API-Key", API_KEY);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String reason) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("reason").asString()).isEqualTo(reason);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
