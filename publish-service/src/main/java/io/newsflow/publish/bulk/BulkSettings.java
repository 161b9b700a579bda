package io.newsflow.publish.bulk;

import java.time.Duration;

/** When the BulkIngester sends a request, and how transient failures are retried. */
public record BulkSettings(
        int maxOperations,
        long maxBytes,
        Duration flushInterval,
        int maxConcurrentRequests,
        Duration initialBackoff,
        Duration maxBackoff) {
}
