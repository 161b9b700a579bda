package io.newsflow.contract;

/** The dead-letter reason codes the stages share; see {@link ReasonCode}. */
public enum DeadLetterReason implements ReasonCode {
    /** The value is not JSON of the topic's contract. */
    INVALID_JSON("invalid-json"),
    /** A tombstone without a usable article id as its key. */
    INVALID_KEY("invalid-key"),
    /** JSON of the contract, but not a usable article (no article, id too long, negative revision). */
    INVALID_ARTICLE("invalid-article"),
    /** The article has no id to key its output by. */
    MISSING_ID("missing-id"),
    /** The article has neither title nor body. */
    MISSING_TEXT("missing-text"),
    /** The search document could not be built from the article. */
    UNPUBLISHABLE("unpublishable"),
    /**
     * An exception nobody declared (a bug, or an input a parser chokes on) on one record while the
     * records around it succeed; the same exception on many records in a row stops the stage instead.
     */
    PROCESSING_FAILED("processing-failed");

    private final String code;

    DeadLetterReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
