package io.newsflow.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import io.newsflow.contract.ArticleJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A bare BulkIngester loop: the documents the pipeline indexed, written again by nothing but the
 * Elasticsearch client into a scratch index with the same mapping on the same node. The publish
 * service cannot index faster than this.
 */
final class BulkIngesterAnchor {

    private BulkIngesterAnchor() {
    }

    /** Documents per second for the documents of one source domain. */
    static double run(String elasticsearchUrl, String domain) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI base = URI.create(elasticsearchUrl.endsWith("/") ? elasticsearchUrl : elasticsearchUrl + "/");
        List<JsonNode> documents = new ArrayList<>();
        JsonNode hits = ArticleJson.mapper().readTree(post(http, base.resolve("news/_search"), """
                {"size": 10000, "query": {"term": {"source.domain": "%s"}}}""".formatted(domain))).path("hits").path("hits");
        hits.forEach(hit -> documents.add(hit.get("_source")));
        JsonNode mapping = ArticleJson.mapper().readTree(get(http, base.resolve("news/_mapping")));
        String scratch = "bench-bulk-anchor-" + System.currentTimeMillis();
        put(http, base.resolve(scratch), "{\"mappings\": " + mapping.get(mapping.propertyNames().iterator().next()).get("mappings") + "}");

        ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(elasticsearchUrl).jsonMapper(new Jackson3JsonpMapper()));
        long start = System.nanoTime();
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(500)
                .maxSize(5L * 1024 * 1024).maxConcurrentRequests(1).flushInterval(1, TimeUnit.SECONDS))) {
            for (JsonNode document : documents) {
                ingester.add(op -> op.index(i -> i.index(scratch).id(document.path("id").asString()).document(document)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        http.send(HttpRequest.newBuilder(base.resolve(scratch)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        client.close();
        return documents.size() / seconds;
    }

    private static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String post(HttpClient http, URI uri, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void put(HttpClient http, URI uri, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("creating the scratch index failed: " + response.body());
        }
    }
}
