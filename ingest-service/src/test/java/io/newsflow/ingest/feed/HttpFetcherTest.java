package io.newsflow.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fetcher against real HTTP servers on 127.0.0.1: a feed site, and an "internal" server on another
 * port of the same host that no feed may reach, directly or by a redirect.
 */
class HttpFetcherTest {

    private HttpServer site;
    private HttpServer internal;
    private final List<String> internalRequests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            internalRequests.add(exchange.getRequestURI().getPath());
            send(exchange, 200, "<html><body><p>Internal admin secret</p></body></html>");
        });
        internal.start();
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.setExecutor(Executors.newFixedThreadPool(4));
        site.createContext("/feed", exchange -> send(exchange, 200, "<rss/>"));
        site.createContext("/to-internal", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + internal.getAddress().getPort() + "/admin");
            send(exchange, 302, "");
        });
        site.createContext("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 600; i++) {
                    out.write('x');
                    out.flush();
                    TimeUnit.MILLISECONDS.sleep(100);
                }
            } catch (InterruptedException | IOException stopped) {
                // The client hung up: that is what the test wants.
            }
        });
        site.start();
    }

    @AfterEach
    void stop() {
        site.stop(0);
        internal.stop(0);
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        try (HttpFetcher fetcher = fetcher(false, Duration.ofSeconds(20))) {
            Fetch fetch = fetcher.get(siteUrl("/feed"), 1000, null, null);

            assertThat(fetch).isInstanceOfSatisfying(Fetch.Failed.class, failed -> assertThat(failed.reason()).contains("loopback address 127.0.0.1"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        try (HttpFetcher fetcher = fetcher(true, Duration.ofSeconds(20))) {
            assertThat(fetcher.get(siteUrl("/feed"), 1000, null, null)).isInstanceOf(Fetch.Fetched.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anotherPortOfAnAllowedHostIsRefusedDirectlyAndThroughARedirect() throws IOException {
        try (HttpFetcher fetcher = fetcher(true, Duration.ofSeconds(20))) {
            Fetch direct = fetcher.get("http://127.0.0.1:" + internal.getAddress().getPort() + "/admin", 1000, null, null);
            Fetch redirected = fetcher.get(siteUrl("/to-internal"), 1000, null, null);

            assertThat(direct).isInstanceOfSatisfying(Fetch.Failed.class, failed -> assertThat(failed.reason()).startsWith("port not allowed"));
            assertThat(redirected).isInstanceOfSatisfying(Fetch.Failed.class, failed -> assertThat(failed.reason()).startsWith("port not allowed"));
            assertThat(internalRequests).isEmpty();
        }
    }

    @Test
    void aTricklingBodyIsCutOffAtTheDeadlineAndOtherFetchesGoOn() throws Exception {
        try (HttpFetcher fetcher = fetcher(true, Duration.ofSeconds(2))) {
            CompletableFuture<Fetch> slow = CompletableFuture.supplyAsync(() -> fetcher.get(siteUrl("/trickle"), 1_000_000, null, null));
            Fetch meanwhile = fetcher.get(siteUrl("/feed"), 1000, null, null);

            assertThat(meanwhile).isInstanceOf(Fetch.Fetched.class);
            assertThat(slow.get(60, TimeUnit.SECONDS)).isInstanceOfSatisfying(Fetch.Failed.class,
                    failed -> assertThat(failed.reason()).startsWith("no whole answer within PT2S"));
        }
    }

    @Test
    void privateLinkLocalAndUniqueLocalAddressesAreRefusedUnlessAllowed() throws Exception {
        HostPolicy strict = new HostPolicy(properties(false, false, Duration.ofSeconds(1)));
        HostPolicy intranet = new HostPolicy(properties(false, true, Duration.ofSeconds(1)));
        for (String address : List.of("10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "fd00::1", "fe80::1")) {
            assertThat(strict.refusal(InetAddress.getByName(address))).as(address).hasValueSatisfying(r -> assertThat(r).startsWith("private address"));
            assertThat(intranet.refusal(InetAddress.getByName(address))).as(address).isEmpty();
        }
        for (String address : List.of("127.0.0.1", "::1", "0.0.0.0", "::ffff:127.0.0.1")) {
            assertThat(intranet.refusal(InetAddress.getByName(address))).as(address).hasValueSatisfying(r -> assertThat(r).startsWith("loopback"));
        }
        assertThat(strict.refusal(InetAddress.getByName("93.184.215.14"))).isEmpty();
    }

    @Test
    void aNameIsResolvedAndRefusedWhenItPointsAtAForbiddenAddress() throws Exception {
        CheckedDnsResolver strict = new CheckedDnsResolver(new HostPolicy(properties(false, false, Duration.ofSeconds(1))));
        CheckedDnsResolver loopbackAllowed = new CheckedDnsResolver(new HostPolicy(properties(true, false, Duration.ofSeconds(1))));

        assertThatThrownBy(() -> strict.resolve("localhost")).isInstanceOf(CheckedDnsResolver.RefusedAddressException.class)
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> loopbackAllowed.resolve("10.0.0.8")).hasMessageContaining("private address 10.0.0.8");
        assertThat(loopbackAllowed.resolve("localhost")).allMatch(InetAddress::isLoopbackAddress);
    }

    private HttpFetcher fetcher(boolean allowLoopback, Duration deadline) {
        FeedProperties properties = properties(allowLoopback, false, deadline);
        return new HttpFetcher(new HostPolicy(properties), properties);
    }

    private FeedProperties properties(boolean allowLoopback, boolean allowPrivate, Duration deadline) {
        return new FeedProperties(List.of(new FeedProperties.Source(siteUrl("/feed"), "Site", null)), Duration.ofMinutes(5), List.of(),
                List.of(80, 443), allowLoopback, allowPrivate, 2, 3, Duration.ofSeconds(5), deadline, 3,
                org.springframework.util.unit.DataSize.ofMegabytes(5), org.springframework.util.unit.DataSize.ofMegabytes(3), 50, 2000, "test");
    }

    private String siteUrl(String path) {
        return "http://127.0.0.1:" + (site == null ? 1 : site.getAddress().getPort()) + path;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
