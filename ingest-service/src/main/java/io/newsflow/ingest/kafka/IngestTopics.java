package io.newsflow.ingest.kafka;

/** The ingest service's own topics, next to the shared ones in {@code KafkaTopics}. */
public final class IngestTopics {

    /** Compacted, keyed by article id: the last published revision of each id (see {@code ArticleState}). */
    public static final String STATE = "news.ingest-state";
    /** Compacted, keyed by feed URL: conditional-GET validators and the entries already taken from each feed. */
    public static final String FEEDS = "news.ingest-feeds";

    private IngestTopics() {
    }
}
