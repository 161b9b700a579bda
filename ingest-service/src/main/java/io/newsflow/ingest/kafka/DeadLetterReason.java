package io.newsflow.ingest.kafka;

import io.newsflow.ingest.article.RejectedInputException;

/** The short reason code of a dead letter: the rejection's code, or "processing-failed" for anything unexpected. */
final class DeadLetterReason {

    static final String PROCESSING_FAILED = "processing-failed";

    private DeadLetterReason() {
    }

    static String of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RejectedInputException rejected) {
                return rejected.rejection().reason().code();
            }
        }
        return PROCESSING_FAILED;
    }
}
