package io.newsflow.ingest.feed;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * GETs feeds and pages within limits: only what the {@link HostPolicy} allows (host, port, and the
 * resolved address, which is then the one connected to), checked again on every redirect hop; a
 * bounded number of redirects; one deadline for the whole exchange ({@code read-timeout}: every hop,
 * the headers and the body, so a server trickling one byte a second is cut off); a maximum body size
 * (reading stops there); at most {@code max-connections-per-host} fetches from one host at a time, so
 * a slow host holds only its own connections. Conditional requests with ETag and Last-Modified.
 * Apache HttpClient rather than the JDK's, because only it lets the service choose the addresses it connects to.
 */
final class HttpFetcher implements AutoCloseable {

    private final CloseableHttpClient client;
    private final HostPolicy hosts;
    private final FeedProperties properties;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("feed-deadlines").daemon().factory());

    HttpFetcher(HostPolicy hosts, FeedProperties properties) {
        this.hosts = hosts;
        this.properties = properties;
        Timeout whole = Timeout.of(properties.readTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedDnsResolver(hosts))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(whole)
                                .build())
                        .setMaxConnPerRoute(properties.maxConnectionsPerHost())
                        .setMaxConnTotal(Math.max(20, properties.maxConnectionsPerHost() * 10))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(whole).setResponseTimeout(whole).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent(properties.userAgent())
                .build();
    }

    Fetch get(String url, long maxBytes, String etag, String lastModified) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return new Fetch.Failed("not a URL: " + url);
        }
        long deadline = System.nanoTime() + properties.readTimeout().toNanos();
        for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
            Optional<String> refusal = hosts.refusal(uri);
            if (refusal.isPresent()) {
                return new Fetch.Failed(refusal.get());
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return new Fetch.Failed("no answer within " + properties.readTimeout() + " from " + url);
            }
            HttpGet request = request(uri, etag, lastModified);
            ScheduledFuture<?> cutOff = deadlines.schedule(request::cancel, left, TimeUnit.NANOSECONDS);
            try {
                URI hopUri = uri;
                Hop answer = client.execute(request, response -> read(response, request, hopUri, maxBytes));
                if (answer.location() == null) {
                    return answer.fetch();
                }
                uri = uri.resolve(answer.location());
            } catch (TooLargeException e) {
                return new Fetch.Failed(e.getMessage());
            } catch (IOException | RuntimeException e) {
                return new Fetch.Failed(request.isCancelled() ? "no whole answer within " + properties.readTimeout() + " from " + uri
                        : e.getClass().getSimpleName() + " fetching " + uri + ": " + e.getMessage());
            } finally {
                cutOff.cancel(false);
            }
        }
        return new Fetch.Failed("more than " + properties.maxRedirects() + " redirects from " + url);
    }

    private HttpGet request(URI uri, String etag, String lastModified) {
        HttpGet request = new HttpGet(uri);
        request.setHeader("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
        if (etag != null) {
            request.setHeader("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.setHeader("If-Modified-Since", lastModified);
        }
        return request;
    }

    /** One hop's outcome: a fetch, or where a redirect points. */
    private record Hop(Fetch fetch, String location) {
    }

    private static Hop read(ClassicHttpResponse response, HttpGet request, URI uri, long maxBytes) throws IOException {
        int status = response.getCode();
        if (status >= 300 && status < 400 && status != 304) {
            Header location = response.getFirstHeader("Location");
            return location == null ? new Hop(new Fetch.Failed("redirect without Location from " + uri), null) : new Hop(null, location.getValue());
        }
        if (status == 304) {
            return new Hop(new Fetch.NotModified(), null);
        }
        if (status != 200) {
            return new Hop(new Fetch.Failed("HTTP " + status + " from " + uri), null);
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return new Hop(new Fetch.Fetched(new byte[0], null, uri.toString(), value(response, "ETag"), value(response, "Last-Modified")), null);
        }
        if (entity.getContentLength() > maxBytes) {
            throw new TooLargeException(request, maxBytes, uri);
        }
        byte[] bytes;
        try (InputStream body = entity.getContent()) {
            bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw new TooLargeException(request, maxBytes, uri);
        }
        return new Hop(new Fetch.Fetched(bytes, entity.getContentType(), uri.toString(), value(response, "ETag"),
                value(response, "Last-Modified")), null);
    }

    /** Thrown after the connection is cut, so that the client does not read the rest of a huge body to reuse it. */
    private static final class TooLargeException extends IOException {
        TooLargeException(HttpGet request, long maxBytes, URI uri) {
            super("larger than " + maxBytes + " bytes: " + uri);
            request.cancel();
        }
    }

    private static String value(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }


    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }
}
