package io.newsflow.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * GETs feeds and pages within limits: only allowed hosts (checked again on every redirect hop, so a
 * redirect cannot lead the service elsewhere), a bounded number of redirects, connect and response
 * timeouts, and a maximum body size (reading stops there). Conditional requests with ETag and
 * Last-Modified.
 */
final class HttpFetcher {

    private final HttpClient client;
    private final HostPolicy hosts;
    private final FeedProperties properties;

    HttpFetcher(HostPolicy hosts, FeedProperties properties) {
        this.hosts = hosts;
        this.properties = properties;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Fetch get(String url, long maxBytes, String etag, String lastModified) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return new Fetch.Failed("not a URL: " + url);
        }
        for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
            if (!hosts.allows(uri)) {
                return new Fetch.Failed("host not allowed: " + uri.getHost());
            }
            try {
                HttpResponse<InputStream> response = client.send(request(uri, etag, lastModified), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 300 && status < 400 && status != 304) {
                    response.body().close();
                    Optional<String> location = response.headers().firstValue("Location");
                    if (location.isEmpty()) {
                        return new Fetch.Failed("redirect without Location from " + uri);
                    }
                    uri = uri.resolve(location.get());
                    continue;
                }
                return read(response, uri, maxBytes);
            } catch (IOException e) {
                return new Fetch.Failed(e.getClass().getSimpleName() + " fetching " + uri + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Fetch.Failed("interrupted");
            }
        }
        return new Fetch.Failed("more than " + properties.maxRedirects() + " redirects from " + url);
    }

    private HttpRequest request(URI uri, String etag, String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(properties.readTimeout())
                .header("User-Agent", properties.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        return request.build();
    }

    private static Fetch read(HttpResponse<InputStream> response, URI uri, long maxBytes) throws IOException {
        try (InputStream body = response.body()) {
            if (response.statusCode() == 304) {
                return new Fetch.NotModified();
            }
            if (response.statusCode() != 200) {
                return new Fetch.Failed("HTTP " + response.statusCode() + " from " + uri);
            }
            if (response.headers().firstValueAsLong("Content-Length").orElse(0) > maxBytes) {
                return new Fetch.Failed("larger than " + maxBytes + " bytes: " + uri);
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return new Fetch.Failed("larger than " + maxBytes + " bytes: " + uri);
            }
            return new Fetch.Fetched(bytes, response.headers().firstValue("Content-Type").orElse(null), uri.toString(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        }
    }
}
