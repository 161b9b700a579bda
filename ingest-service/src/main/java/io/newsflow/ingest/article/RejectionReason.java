package io.newsflow.ingest.article;

import io.newsflow.contract.ReasonCode;

/**
 * Why an input did not become an article. The code is what feeders see: in the problem details of
 * an HTTP answer and in the {@code newsflow-dlt-reason} header of a dead-lettered record.
 */
public enum RejectionReason implements ReasonCode {
    UNREADABLE("unreadable", 400, "The input could not be read"),
    INVALID_FIELD("invalid-field", 400, "A field has the wrong type or format"),
    INVALID_PATH("invalid-path", 400, "The request path is not accepted"),
    UNAUTHORIZED("unauthorized", 401, "A valid API key is required"),
    TOO_LARGE("too-large", 413, "The input is too large"),
    UNSUPPORTED_TYPE("unsupported-type", 415, "The content type is not supported"),
    UNSUPPORTED_ENCODING("unsupported-encoding", 415, "The content encoding is not supported"),
    MISSING_TITLE("missing-title", 422, "The article has no title"),
    MISSING_BODY("missing-body", 422, "The article has no body"),
    MISSING_SOURCE("missing-source", 422, "The article has neither a URL nor a source"),
    INVALID_URL("invalid-url", 422, "The URL is not an absolute http(s) URL"),
    FUTURE_DATE("future-date", 422, "The article is dated in the future"),
    DATE_OUT_OF_RANGE("date-out-of-range", 422, "The article is dated before 1900 or beyond what the index can hold");

    private final String code;
    private final int httpStatus;
    private final String title;

    RejectionReason(String code, int httpStatus, String title) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.title = title;
    }

    /** The reason with this code; codes are what clients see, so this is the way back. */
    public static RejectionReason ofCode(String code) {
        for (RejectionReason reason : values()) {
            if (reason.code.equals(code)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("no rejection reason " + code);
    }

    @Override
    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String title() {
        return title;
    }
}
