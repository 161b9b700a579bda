package io.newsflow.enrich.tagging;

/**
 * Tags an English article with entities, topics and keywords. The Kafka side depends only on this
 * interface, so a tagger can be swapped (or benchmarked bare) without touching the pipeline.
 * Implementations are thread-safe: one instance serves every listener thread.
 */
public interface ArticleTagger {

    Tags tag(ArticleText article);

    /** Names the tagger and its models, recorded on every enriched article. */
    String version();
}
