package io.newsflow.testsupport;

import com.sun.net.httpserver.HttpExchange;
import io.newsflow.localstack.LocalCertificates;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real Elasticsearch node behind HTTPS and an authentication check, the way a node with its
 * security plugin answers: TLS with the given certificates, and {@code 401} with
 * {@code WWW-Authenticate: Basic} for a request without valid credentials (basic or API key).
 * The local stack's node has no security plugin, so tests of a secured client need this in front
 * of it. It counts what it saw, so a test can tell whether a client sent its credentials with the
 * first request or waited to be challenged.
 */
public final class SecuredElasticsearchProxy implements AutoCloseable {

    /** Hop-by-hop and length headers, which the JDK client sets itself and refuses to be given. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "keep-alive", "te", "trailer", "proxy-authorization", "authorization");

    private final HttpsServer server;
    private final ExecutorService executor;
    private final HttpClient upstream;
    private final URI node;
    private final Set<String> acceptedAuthorizations;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger challenged = new AtomicInteger();

    private SecuredElasticsearchProxy(HttpsServer server, URI node, Set<String> acceptedAuthorizations) {
        this.server = server;
        this.node = node;
        this.acceptedAuthorizations = acceptedAuthorizations;
        this.executor = Executors.newFixedThreadPool(8);
        this.upstream = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Starts on a free port of 127.0.0.1 in front of {@code nodeUrl}, accepting basic auth as
     * {@code username}/{@code password} and the API key {@code apiKey} (as Elasticsearch's
     * {@code ApiKey <base64 id:key>} header).
     */
    public static SecuredElasticsearchProxy start(String nodeUrl, LocalCertificates certificates,
                                                  String username, String password, String apiKey) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(certificates.serverContext()));
            String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            SecuredElasticsearchProxy proxy = new SecuredElasticsearchProxy(server, URI.create(nodeUrl),
                    Set.of("Basic " + basic, "ApiKey " + apiKey));
            server.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the TLS proxy", e);
        }
    }

    /** {@code https://localhost:<port>}: the name the test certificate carries. */
    public String url() {
        return "https://localhost:" + server.getAddress().getPort();
    }

    /** Every request that reached the proxy, challenged or not. */
    public int requests() {
        return requests.get();
    }

    /** Requests answered 401 because they carried no valid credentials. */
    public int challenged() {
        return challenged.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !acceptedAuthorizations.contains(authorization)) {
                challenged.incrementAndGet();
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\", charset=\"UTF-8\"");
                exchange.getResponseHeaders().add("WWW-Authenticate", "ApiKey");
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                respond(exchange, 401, """
                        {"error":{"type":"security_exception","reason":"missing or wrong authentication credentials"},"status":401}"""
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            forward(exchange, body);
        }
    }

    private void forward(HttpExchange exchange, byte[] body) throws IOException {
        String method = exchange.getRequestMethod();
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(exchange.getRequestURI().getRawPath()
                        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())))
                .timeout(Duration.ofSeconds(60))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (IOException e) {
            respond(exchange, 502, new byte[0]);
            return;
        }
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT)) && !header.getKey().startsWith(":")) {
                header.getValue().forEach(value -> exchange.getResponseHeaders().add(header.getKey(), value));
            }
        }
        respond(exchange, response.statusCode(), method.equals("HEAD") ? new byte[0] : response.body());
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        upstream.close();
    }
}
