package io.newsflow.ingest.article;

import io.newsflow.contract.DeadLetterCause;
import io.newsflow.contract.ReasonCode;

/** Thrown where an input is rejected before it could become an inbound article (unreadable, too large, ...). */
public class RejectedInputException extends RuntimeException implements DeadLetterCause {

    private final Rejection rejection;

    public RejectedInputException(RejectionReason reason, String detail) {
        super(detail);
        this.rejection = new Rejection(reason, detail);
    }

    public Rejection rejection() {
        return rejection;
    }

    @Override
    public ReasonCode reasonCode() {
        return rejection.reason();
    }
}
