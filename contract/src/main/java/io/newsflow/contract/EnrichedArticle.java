package io.newsflow.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * An article on topic {@value KafkaTopics#ENRICHED}, keyed by article id: the raw article as the
 * ingest service published it, plus what the enrich service found in it.
 *
 * @param truncatedForTagging true when the body was longer than the tagger's limit and only its start was tagged
 * @param enricherVersion     version of the enrich service and its models, so a reader can tell which tagger ran
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrichedArticle(
        int schemaVersion,
        RawArticle article,
        List<Entity> entities,
        List<TopicScore> topics,
        List<Keyword> keywords,
        Instant enrichedAt,
        String enricherVersion,
        boolean truncatedForTagging) {

    public static final int SCHEMA_VERSION = 1;

    public EnrichedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
        topics = topics == null ? List.of() : List.copyOf(topics);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public String id() {
        return article.id();
    }
}
