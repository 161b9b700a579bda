package io.newsflow.benchmark;

import io.newsflow.contract.ArticleJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the alias {@code news} the way a reader would, and notes when each article of one run
 * first becomes searchable. Freshness = first seen minus the article's {@code receivedAt}
 * (stamped by the ingest service on this same machine, so the clocks agree).
 */
final class FreshnessProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final URI elasticsearch;
    private final String domain;
    private final Map<String, Instant> firstSeen = new HashMap<>();
    private final Map<String, Instant> receivedAt = new HashMap<>();

    FreshnessProbe(String elasticsearchUrl, String domain) {
        this.elasticsearch = URI.create(elasticsearchUrl.endsWith("/") ? elasticsearchUrl : elasticsearchUrl + "/");
        this.domain = domain;
    }

    /** One look; returns how many articles of the run are searchable so far. */
    int poll() {
        String query = """
                {"size": 10000, "query": {"term": {"source.domain": %s}}, "_source": ["receivedAt"]}"""
                .formatted(ArticleJson.mapper().writeValueAsString(domain));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(elasticsearch.resolve("news/_search"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
            Instant now = Instant.now();
            if (response.statusCode() == 200) {
                for (JsonNode hit : ArticleJson.mapper().readTree(response.body()).path("hits").path("hits")) {
                    String id = hit.get("_id").asString();
                    if (firstSeen.putIfAbsent(id, now) == null) {
                        receivedAt.put(id, Instant.parse(hit.path("_source").path("receivedAt").asString()));
                    }
                }
            }
        } catch (IOException e) {
            // Elasticsearch busy: the next poll catches up; freshness then includes the wait, as for a reader.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return firstSeen.size();
    }

    int seen() {
        return firstSeen.size();
    }

    Instant lastSeen() {
        return firstSeen.values().stream().max(Instant::compareTo).orElse(Instant.now());
    }

    List<Double> freshnessMillis() {
        return firstSeen.entrySet().stream()
                .map(e -> (double) Duration.between(receivedAt.get(e.getKey()), e.getValue()).toMillis())
                .toList();
    }
}
