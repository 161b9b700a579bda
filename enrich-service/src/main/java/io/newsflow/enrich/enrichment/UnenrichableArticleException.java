package io.newsflow.enrich.enrichment;

/**
 * An article that no retry can enrich (no id to key it by, nothing to tag, a tagger failure on its
 * text): it goes to the dead-letter topic with {@link #reason()} in the header.
 */
public class UnenrichableArticleException extends RuntimeException {

    private final String reason;

    public UnenrichableArticleException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public UnenrichableArticleException(String reason, String message) {
        this(reason, message, null);
    }

    /** Short machine-readable reason code, for example {@code missing-id}. */
    public String reason() {
        return reason;
    }
}
