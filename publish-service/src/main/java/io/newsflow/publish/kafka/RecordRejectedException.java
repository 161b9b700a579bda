package io.newsflow.publish.kafka;

/** Why a record goes to the dead-letter topic; {@link #reason()} becomes header {@code newsflow-dlt-reason}. */
public final class RecordRejectedException extends RuntimeException {

    private final String reason;

    public RecordRejectedException(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
