package io.newsflow.enrich.enrichment;

import io.newsflow.contract.DeadLetterCause;
import io.newsflow.contract.ReasonCode;

/**
 * An article that no retry can enrich (no id to key it by, nothing to tag): it goes to the
 * dead-letter topic with {@link #reasonCode()} in the header.
 */
public class UnenrichableArticleException extends RuntimeException implements DeadLetterCause {

    private final ReasonCode reason;

    public UnenrichableArticleException(ReasonCode reason, String message) {
        super(message);
        this.reason = reason;
    }

    @Override
    public ReasonCode reasonCode() {
        return reason;
    }
}
