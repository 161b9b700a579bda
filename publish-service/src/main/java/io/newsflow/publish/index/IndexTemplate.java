package io.newsflow.publish.index;

import io.newsflow.contract.ArticleJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The project's index template, {@code elasticsearch/news-template.json} on the classpath: index
 * pattern, settings and the documented mapping. Its {@code version} grows with every mapping change.
 */
public record IndexTemplate(byte[] json, long version, String layout) {

    public static final String RESOURCE = "elasticsearch/news-template.json";

    public static IndexTemplate fromClasspath() {
        try (InputStream in = IndexTemplate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            byte[] json = in.readAllBytes();
            JsonNode version = ArticleJson.mapper().readTree(json).get("version");
            if (version == null || !version.canConvertToLong()) {
                throw new IllegalStateException(RESOURCE + " has no numeric \"version\"");
            }
            return new IndexTemplate(json, version.asLong(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same template for other index names and the configured shard layout: the pattern follows
     * the configured version prefix, so that a service configured with another alias (a second
     * pipeline, a benchmark) gets its own.
     *
     * @param replicas null keeps {@code auto_expand_replicas: 0-1} (one replica once a second node joins)
     */
    public IndexTemplate forIndices(String indexPattern, int shards, Integer replicas) {
        ObjectNode tree = (ObjectNode) ArticleJson.mapper().readTree(json);
        tree.putArray("index_patterns").add(indexPattern);
        ObjectNode settings = (ObjectNode) tree.get("template").get("settings");
        settings.put("number_of_shards", shards);
        if (replicas != null) {
            settings.remove("auto_expand_replicas");
            settings.put("number_of_replicas", replicas);
        }
        String layout = "shards=" + shards + ",replicas=" + (replicas == null ? "0-1" : replicas);
        ((ObjectNode) tree.get("_meta")).put("layout", layout);
        return new IndexTemplate(ArticleJson.mapper().writeValueAsBytes(tree), version, layout);
    }

    public InputStream body() {
        return new ByteArrayInputStream(json);
    }
}
