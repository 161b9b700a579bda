package io.newsflow.enrich.tagging;

/** The tunable parts of the tagger, from {@code newsflow.enrich.tagging.*}. */
public record TaggingSettings(double topicThreshold, int maxTopics, int maxKeywords, String serviceVersion) {

    /** The service's defaults, for commands that run the tagger outside Spring. */
    public static TaggingSettings defaults() {
        return new TaggingSettings(0.3, 3, 8, "dev");
    }
}
