package io.newsflow.systemtest;

import io.newsflow.contract.ArticleJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** What a reader sees: plain HTTP queries against the alias {@code news}, as curl or Kibana would send them. */
final class NewsIndex {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI elasticsearch;

    NewsIndex(String elasticsearchUrl) {
        this.elasticsearch = URI.create(elasticsearchUrl.endsWith("/") ? elasticsearchUrl : elasticsearchUrl + "/");
    }

    /** A word no other article contains, so a full-text query finds exactly the article that carries it. */
    static String uniqueWord() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** The document with this id, if the alias serves it. */
    Optional<JsonNode> find(String id) {
        JsonNode hits = search("""
                {"query": {"ids": {"values": [%s]}}}""".formatted(ArticleJson.mapper().writeValueAsString(id)));
        return hits.size() == 0 ? Optional.empty() : Optional.of(hits.get(0).get("_source"));
    }

    /** Full-text hits for a query over title and body. */
    JsonNode searchText(String text) {
        return search("""
                {"query": {"multi_match": {"query": %s, "fields": ["title", "body"]}}}"""
                .formatted(ArticleJson.mapper().writeValueAsString(text)));
    }

    /** Every document of one source domain (up to 10,000), with the fields completeness checks need. */
    JsonNode allFromDomain(String domain) {
        return search("""
                {"size": 10000, "query": {"term": {"source.domain": %s}},
                 "_source": ["id", "title", "revision", "entities.name", "topics.code"]}"""
                .formatted(ArticleJson.mapper().writeValueAsString(domain)));
    }

    private JsonNode search(String body) {
        HttpRequest request = HttpRequest.newBuilder(elasticsearch.resolve("news/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return ArticleJson.mapper().createArrayNode();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("search answered " + response.statusCode() + ": " + response.body());
            }
            return ArticleJson.mapper().readTree(response.body()).path("hits").path("hits");
        } catch (IOException e) {
            throw new IllegalStateException("Elasticsearch unreachable at " + elasticsearch, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
