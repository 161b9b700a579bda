package io.newsflow.contract;

/**
 * Kafka record header names the services read or write. Dead-letter records additionally carry
 * Spring Kafka's standard {@code kafka_dlt-*} headers (original topic, partition, offset, exception).
 */
public final class NewsHeaders {

    /** MIME type of an inbound record's value: application/json (default), text/html or text/plain. */
    public static final String CONTENT_TYPE = "content-type";
    /** Page URL of an inbound HTML or plain-text record, which the value itself cannot carry. */
    public static final String URL = "newsflow-url";
    /** Source name of an inbound HTML or plain-text record. */
    public static final String SOURCE = "newsflow-source";
    /** Short machine-readable reason a record was dead-lettered (a {@link ReasonCode}, for example {@code invalid-json}). */
    public static final String DLT_REASON = "newsflow-dlt-reason";
    /**
     * On a dead letter whose original value did not fit the dead-letter topic: the original value's
     * size in bytes. The dead letter then carries an empty value; the original stays at the
     * {@code kafka_dlt-original-*} coordinates in its own topic for that topic's retention.
     */
    public static final String DLT_VALUE_DROPPED = "newsflow-dlt-value-dropped";

    /**
     * On a tombstone: the revision it retracts (decimal). The index keeps the retraction at that
     * version, so a late upsert of that revision or an older one cannot bring the article back.
     */
    public static final String RETRACTED_REVISION = "newsflow-retracted-revision";
    /**
     * On a tombstone: the retracted article's {@code firstReceivedAt} (ISO-8601), which names the
     * monthly index that holds it. A tombstone has no value to carry it in.
     */
    public static final String FIRST_RECEIVED_AT = "newsflow-first-received-at";

    private NewsHeaders() {
    }
}
