package io.newsflow.publish.bulk;

import java.util.Set;

/** What the publish service makes of Elasticsearch's answer for one bulk item. */
public enum ItemOutcome {
    /** Indexed or deleted. */
    APPLIED,
    /** A version conflict: the index already holds this revision or a newer one. Success. */
    STALE,
    /** A delete of a document that is not there (already deleted, or never indexed). Success. */
    ABSENT,
    /** Elasticsearch refused the document itself (mapping, parsing): retrying cannot help. */
    REJECTED,
    /** Load, availability or a missing index/alias: the same item may succeed later. */
    RETRYABLE,
    /** Nothing was sent: the article's period is past retention, or a tombstone named no indexed article. */
    SKIPPED;

    /**
     * Errors that say nothing about the document, only about the cluster's state right now.
     * Classified by Elasticsearch's error type and HTTP status, never by message text.
     */
    private static final Set<String> TRANSIENT_ERROR_TYPES = Set.of(
            "index_not_found_exception",
            "cluster_block_exception",
            "es_rejected_execution_exception",
            "unavailable_shards_exception",
            "no_shard_available_action_exception",
            "circuit_breaking_exception");

    public static ItemOutcome classify(DocumentOperation.Kind kind, int status, String errorType) {
        if (status >= 200 && status < 300) {
            return APPLIED;
        }
        if ("version_conflict_engine_exception".equals(errorType)) {
            return STALE;
        }
        if (errorType != null && TRANSIENT_ERROR_TYPES.contains(errorType)) {
            return RETRYABLE;
        }
        if (kind == DocumentOperation.Kind.DELETE && status == 404) {
            return ABSENT;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return RETRYABLE;
        }
        return REJECTED;
    }
}
