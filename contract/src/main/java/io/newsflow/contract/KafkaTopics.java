package io.newsflow.contract;

/**
 * The Kafka topics that join the services. Every service and tool takes topic names from here,
 * so a rename is one change.
 */
public final class KafkaTopics {

    /** Articles as feeders produce them: the JSON feeder contract, or raw HTML / text with a content-type header. */
    public static final String INBOUND = "news.inbound";
    /** Clean, normalised articles with a stable id, keyed by article id. */
    public static final String RAW = "news.raw";
    /** Articles with entities, topics and keywords, keyed by article id; compacted, so the index can be rebuilt from it. */
    public static final String ENRICHED = "news.enriched";

    /** Suffix of the dead-letter topic each consumer writes what it cannot process to. */
    public static final String DEAD_LETTER_SUFFIX = "-dlt";

    private KafkaTopics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
