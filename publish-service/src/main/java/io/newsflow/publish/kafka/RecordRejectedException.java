package io.newsflow.publish.kafka;

import io.newsflow.contract.DeadLetterCause;
import io.newsflow.contract.ReasonCode;

/** Why a record goes to the dead-letter topic; {@link #reasonCode()} becomes header {@code newsflow-dlt-reason}. */
public final class RecordRejectedException extends RuntimeException implements DeadLetterCause {

    private final ReasonCode reason;

    public RecordRejectedException(ReasonCode reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    @Override
    public ReasonCode reasonCode() {
        return reason;
    }
}
