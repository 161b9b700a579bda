package io.newsflow.systemtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.testsupport.ServiceProcess;
import io.newsflow.testsupport.TestServers;
import io.newsflow.testsupport.ZeroBytes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
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
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.newsflow.systemtest.NewsIndex.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hostile feeder's cases against the running services: an ingest instance of its own with API
 * keys and feeds (a hostile site on this machine: a link to an internal port, a redirect there, a
 * date no index can hold, markup in a title, and a feed that trickles one byte at a time), next to
 * the pipeline's enrich and publish. Each case gets its documented answer or dead letter, the good
 * articles around it become searchable, and health stays UP.
 */
class HostileInputSystemIT {

    private static final String KEY = "hostile-test-key";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String RUN = uniqueWord();

    private static RunningPipeline pipeline;
    private static ServiceProcess guarded;
    private static HttpServer site;
    private static HttpServer internal;
    private static final List<String> internalRequests = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        pipeline = RunningPipeline.get();
        internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            internalRequests.add(exchange.getRequestURI().getPath());
            send(exchange, 200, "text/html", "<html><body><article><p>Internal admin secret " + RUN + "secret must never be searchable,"
                    + " whatever a feed links to.</p></article></body></html>");
        });
        internal.start();
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.setExecutor(Executors.newFixedThreadPool(4));
        site.createContext("/", HostileInputSystemIT::handle);
        site.start();
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        guarded = new ServiceProcess("ingest-service-guarded", root.resolve("ingest-service/target/ingest-service.jar"), Map.ofEntries(
                Map.entry("SPRING_KAFKA_BOOTSTRAP_SERVERS", TestServers.kafka().bootstrapServers()),
                Map.entry("NEWSFLOW_STAGE_INSTANCE_ID", "guarded"),
                Map.entry("NEWSFLOW_INGEST_HTTP_API_KEYS", KEY),
                Map.entry("NEWSFLOW_INGEST_HTTP_MAX_REQUEST_SIZE", "1MB"),
                Map.entry("NEWSFLOW_INGEST_FEEDS_SOURCES_0_URL", site() + "/feeds/hostile.rss"),
                Map.entry("NEWSFLOW_INGEST_FEEDS_SOURCES_0_NAME", "Hostile Site"),
                Map.entry("NEWSFLOW_INGEST_FEEDS_SOURCES_1_URL", site() + "/feeds/trickle.rss"),
                Map.entry("NEWSFLOW_INGEST_FEEDS_SOURCES_1_NAME", "Trickling Site"),
                // The hostile site is on 127.0.0.1; its other port (the "internal" server) stays forbidden.
                Map.entry("NEWSFLOW_INGEST_FEEDS_ALLOW_LOOPBACK", "true"),
                Map.entry("NEWSFLOW_INGEST_FEEDS_POLL_INTERVAL", "15s"),
                Map.entry("NEWSFLOW_INGEST_FEEDS_CHECK_INTERVAL", "1s"),
                Map.entry("NEWSFLOW_INGEST_FEEDS_INITIAL_DELAY", "1s"),
                Map.entry("NEWSFLOW_INGEST_FEEDS_READ_TIMEOUT", "5s")), "512m");
        guarded.start();
        guarded.awaitReady(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() {
        if (guarded != null) {
            guarded.stop();
        }
        site.stop(0);
        internal.stop(0);
    }

    @Test
    void hostileFeedEntriesAreRefusedOrRejectedAndTheGoodEntryAndTheOtherFeedAreNotHeldUp() throws Exception {
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
            assertThat(pipeline.index().searchText(RUN + "page")).hasSize(1);
            assertThat(pipeline.index().searchText(RUN + "fallback")).hasSize(2);
        });
        assertThat(pipeline.index().searchText(RUN + "page").get(0).path("_source").path("title").asString()).isEqualTo("Harbour reopens");
        assertThat(pipeline.index().searchText(RUN + "markup").get(0).path("_source").path("title").asString())
                .isEqualTo("Internal page " + RUN + "markup");
        assertThat(pipeline.index().searchText(RUN + "secret")).isEmpty();
        assertThat(pipeline.index().searchText(RUN + "ancient")).isEmpty();
        assertThat(internalRequests).isEmpty();

        JsonNode feeds = health(guarded).path("components").path("feeds");
        assertThat(feeds.path("status").asString()).isEqualTo("UP");
        assertThat(feeds.path("details").path("feeds").path(site() + "/feeds/trickle.rss").path("lastError").asString())
                .startsWith("no whole answer within");
    }

    @Test
    void hostileRequestsGetTheirDocumentedProblemsAndTheGoodNeighbourGoesThrough() throws Exception {
        String marker = uniqueWord();
        assertThat(raw("/%61pi/v1/articles", good(marker + "bypass"), null)).startsWith("HTTP/1.1 401");
        assertThat(raw("/%2561pi/v1/articles", good(marker + "bypass"), null)).startsWith("HTTP/1.1 400").contains("invalid-path");
        assertThat(raw("/api;x=1/v1/articles", good(marker + "bypass"), null)).startsWith("HTTP/1.1 400").contains("invalid-path");
        assertThat(raw("/api%2Fv1/articles", good(marker + "bypass"), null)).startsWith("HTTP/1.1 400").contains("problem+json");
        try {
            HttpResponse<String> huge = HTTP.send(HttpRequest.newBuilder(guarded.baseUri().resolve("/%61pi/v1/articles"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroBytes(300L << 20))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(huge.statusCode()).isEqualTo(401);
        } catch (IOException closedMidUpload) {
            // Tomcat closes the connection after its 401 rather than swallow 300 MB.
        }

        HttpResponse<String> batch = post("application/json", "[" + String.join(",",
                "{\"source\": {\"name\": \"Wire\"}, \"title\": \"Overflow\", \"body\": \"x\", \"updatedAt\": \"-999999999-01-01T00:00:00Z\"}",
                "{\"source\": {\"name\": \"Wire\"}, \"title\": \"Year one\", \"body\": \"x\", \"publishedAt\": \"0001-01-01T00:00:00Z\"}",
                ArticleJson.mapper().writeValueAsString(Map.of("source", Map.of("name", "Wire"),
                        "title", "Harbour\u0000 \u001B[31mreopens\u001B[0m \u202E" + marker + "clean",
                        "body", "The harbour reopened on Friday &lt;script&gt;alert(1)&lt;/script&gt; after the storm."))) + "]");
        assertThat(batch.statusCode()).as(batch.body()).isEqualTo(202);
        assertThat(batch.body()).contains("\"reason\":\"date-out-of-range\"").contains("\"accepted\":1");
        assertThat(post("application/json; charset=utf-8", "{}", "br").statusCode()).isEqualTo(415);
        assertThat(post(";;;", "{}").statusCode()).isEqualTo(415);
        assertThat(HTTP.send(HttpRequest.newBuilder(guarded.baseUri().resolve("/api/v1/articles")).header("X-API-Key", KEY).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);

        JsonNode clean = await().atMost(Duration.ofSeconds(120))
                .until(() -> pipeline.index().searchText(marker + "clean"), hits -> hits.size() == 1).get(0).path("_source");
        assertThat(clean.path("title").asString()).isEqualTo("Harbour reopens " + marker + "clean");
        assertThat(clean.path("body").asString()).isEqualTo("The harbour reopened on Friday alert(1) after the storm.");
        assertThat(pipeline.index().searchText(marker + "bypass")).isEmpty();
        assertThat(health(guarded).path("status").asString()).isEqualTo("UP");
        String metrics = HTTP.send(HttpRequest.newBuilder(guarded.baseUri().resolve("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"401\",uri=\"/api/v1/articles\"");
        assertThat(OperationsSystemIT.FEED_GAUGES).allSatisfy(gauge -> assertThat(metrics).contains(gauge + "{feed=\"" + site() + "/feeds/hostile.rss\""));
    }

    @Test
    void hostileTopicRecordsAreDeadLetteredWithTheirReasonAndTheGoodOnesArrive() throws Exception {
        String marker = uniqueWord();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record(marker, "{\"source\": {\"name\": \"Wire\"}, \"title\": \"Old\", \"body\": \"x\", \"updatedAt\": \"-999999999-01-01T00:00:00Z\"}"));
            producer.send(record(marker, "{\"source\": {\"name\": \"Wire\"}, \"title\": \"Far past\", \"body\": \"x\", \"publishedAt\": \"-100000000-01-01T00:00:00Z\"}"));
            producer.send(record(marker, ArticleJson.mapper().writeValueAsString(Map.of("source", Map.of("name", "Wire"),
                    "title", "Bridge\u2066 opens\u2069 \u001B]0;owned\u0007\u0000\u202E" + marker + "topic", "body", "The bridge opened on Monday."))));
        }

        List<String> reasons = await().atMost(Duration.ofSeconds(120)).until(() -> deadLetterReasons(marker), found -> found.size() == 2);
        assertThat(reasons).containsOnly("date-out-of-range");
        JsonNode arrived = await().atMost(Duration.ofSeconds(120))
                .until(() -> pipeline.index().searchText(marker + "topic"), hits -> hits.size() == 1).get(0).path("_source");
        assertThat(arrived.path("title").asString()).isEqualTo("Bridge opens " + marker + "topic");
        for (ServiceProcess service : pipeline.all()) {
            assertThat(health(service).path("status").asString()).as(service.name()).isEqualTo("UP");
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String internalUrl = "http://127.0.0.1:" + internal.getAddress().getPort() + "/admin";
        switch (exchange.getRequestURI().getPath()) {
            case "/feeds/hostile.rss" -> send(exchange, 200, "application/rss+xml; charset=utf-8", """
                    <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Hostile Site</title><link>%1$s/</link>
                    <item><title>Harbour reopens</title><link>%1$s/pages/good</link>
                      <guid>%2$s-good</guid><description>Feed text of the good entry.</description></item>
                    <item><title>Internal page &amp;lt;img src=x onerror=alert(1)&amp;gt;%2$smarkup</title><link>%3$s</link><guid>%2$s-internal</guid>
                      <description>Only the feed's own text of the entry that links to an internal port %2$sfallback.</description></item>
                    <item><title>Redirected %2$s</title><link>%1$s/redirect</link><guid>%2$s-redirect</guid>
                      <description>Only the feed's own text of the entry that redirects to an internal port %2$sfallback.</description></item>
                    <item><title>Ancient %2$s</title><link>%1$s/pages/none</link><guid>%2$s-ancient</guid>
                      <pubDate>01 Jan 1200 00:00:00 GMT</pubDate><description>Dated in the year 1200 %2$sancient.</description></item>
                    </channel></rss>""".formatted(site(), RUN, internalUrl));
            case "/pages/good" -> send(exchange, 200, "text/html; charset=utf-8", """
                    <html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>
                    <p>The harbour reopened on Friday after the storm, and the ferries sailed again %spage.</p></article></body></html>"""
                    .formatted(RUN));
            case "/redirect" -> {
                exchange.getResponseHeaders().add("Location", internalUrl);
                send(exchange, 302, "text/plain", "");
            }
            case "/feeds/trickle.rss" -> {
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    for (int i = 0; i < 600; i++) {
                        out.write(' ');
                        out.flush();
                        TimeUnit.SECONDS.sleep(1);
                    }
                } catch (IOException | InterruptedException hungUp) {
                    // Cut off by the fetcher's deadline, as it should be.
                }
            }
            default -> send(exchange, 404, "text/plain", "not found");
        }
    }

    private static String site() {
        return "http://127.0.0.1:" + site.getAddress().getPort();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String good(String marker) {
        return "{\"source\": {\"name\": \"Wire\"}, \"title\": \"Bypass " + marker + "\", \"body\": \"Text.\"}";
    }

    /** A request exactly as written (the JDK client would normalise the path); the whole answer as text. */
    private static String raw(String path, String body, String key) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", guarded.baseUri().getPort())) {
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + (key == null ? "" : "X-API-Key: " + key + "\r\n") + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        return post(contentType, body, null);
    }

    private static HttpResponse<String> post(String contentType, String body, String encoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(guarded.baseUri().resolve("/api/v1/articles"))
                .header("Content-Type", contentType).header("X-API-Key", KEY);
        if (encoding != null) {
            request.header("Content-Encoding", encoding);
        }
        return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode health(ServiceProcess service) throws Exception {
        URI uri = service.baseUri().resolve("/actuator/health");
        return ArticleJson.mapper().readTree(HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static ProducerRecord<String, byte[]> record(String key, String value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(KafkaTopics.INBOUND, key, value.getBytes(StandardCharsets.UTF_8));
        record.headers().add(NewsHeaders.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static List<String> deadLetterReasons(String key) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "hostile-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(KafkaTopics.deadLetter(KafkaTopics.INBOUND)));
            List<String> reasons = new ArrayList<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        var header = record.headers().lastHeader(NewsHeaders.DLT_REASON);
                        reasons.add(header == null ? "none" : new String(header.value(), StandardCharsets.UTF_8));
                    }
                }
            }
            return reasons;
        }
    }

    private static String bootstrap() {
        return TestServers.kafka().bootstrapServers();
    }
}
