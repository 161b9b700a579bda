package io.newsflow.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A news site on 127.0.0.1 for the feed tests (the JDK's own HTTP server): an RSS feed and an Atom
 * feed with ETags, article pages, a redirect, a missing page, a page too large to take, and entries
 * pointing at "localhost" (same server, but a host the service is not allowed to fetch from). It
 * records every request. Canonical URLs carry a per-run suffix, so a broker kept between runs does
 * not see this run's articles as duplicates.
 */
public final class TestFeedServer {

    private static TestFeedServer instance;

    private final HttpServer server;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int courierVersion = 1;

    private TestFeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public static synchronized TestFeedServer get() {
        if (instance == null) {
            try {
                instance = new TestFeedServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String courierFeed() {
        return base() + "/feeds/courier.rss";
    }

    public String wireFeed() {
        return base() + "/feeds/wire.atom";
    }

    public String run() {
        return run;
    }

    /** Publishes a new entry in the RSS feed (new ETag). */
    public void addCourierEntry() {
        courierVersion = 2;
    }

    /** Every request so far, as "host path If-None-Match". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        requests.add(exchange.getRequestHeaders().getFirst("Host").replaceFirst(":\\d+$", "") + " " + path + " " + ifNoneMatch);
        switch (path) {
            case "/feeds/courier.rss" -> feed(exchange, "courier-rss.xml", "\"courier-v" + courierVersion + "\"", ifNoneMatch, "application/rss+xml");
            case "/feeds/wire.atom" -> feed(exchange, "wire-atom.xml", "\"wire-v1\"", ifNoneMatch, "application/atom+xml");
            case "/news/2026/11/27/aberdeen-harbour-reopens" -> page(exchange, "northsea-courier-harbour.html");
            case "/news/2026/11/28/harbour-repairs" -> send(exchange, 200, "text/html; charset=utf-8", """
                    <html><head><title>Harbour repairs to cost £2m</title></head><body><article><h1>Harbour repairs to cost £2m</h1>
                    <p>Repairs to the storm-damaged north pier at Aberdeen harbour will cost about £2 million, the port said on Saturday.</p>
                    <p>Work is due to start in January and last six weeks.</p></article></body></html>""".getBytes(StandardCharsets.UTF_8));
            case "/redirect/chip-plant" -> {
                exchange.getResponseHeaders().add("Location", "/pages/chip-plant");
                send(exchange, 302, "text/plain", new byte[0]);
            }
            case "/pages/chip-plant" -> page(exchange, "valleytech-chip-plant.html");
            case "/big-page" -> send(exchange, 200, "text/html", ("<p>" + "x".repeat(200_000) + "</p>").getBytes(StandardCharsets.UTF_8));
            default -> send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void feed(HttpExchange exchange, String fixture, String etag, String ifNoneMatch, String type) throws IOException {
        if (etag.equals(ifNoneMatch)) {
            send(exchange, 304, null, new byte[0]);
            return;
        }
        String extra = courierVersion > 1 && fixture.startsWith("courier") ? """
                <item><title>Harbour repairs to cost £2m</title><link>%s/news/2026/11/28/harbour-repairs</link>
                <guid isPermaLink="false">courier-48230</guid><pubDate>Sat, 28 Nov 2026 09:00:00 GMT</pubDate>
                <description>The north pier will be repaired in January.</description></item>""".formatted(base()) : "";
        String xml = Fixtures.text("feeds/" + fixture)
                .replace("{{base}}", base())
                .replace("{{foreign}}", "http://localhost:" + server.getAddress().getPort())
                .replace("{{extra-item}}", extra);
        exchange.getResponseHeaders().add("ETag", etag);
        send(exchange, 200, type + "; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8));
    }

    private void page(HttpExchange exchange, String fixture) throws IOException {
        String html = Fixtures.text("pages/" + fixture)
                .replace("aberdeen-harbour-reopens", "aberdeen-harbour-reopens-" + run)
                .replace("chipmaker-ohio-plant/", "chipmaker-ohio-plant-" + run + "/");
        send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().add("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, status == 304 || body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
