package io.newsflow.ingest.feed;

import java.time.Instant;

/**
 * How a feed's polling goes.
 *
 * @param lastSuccess  the last poll that worked (a 304 counts); the start of the service before the first
 * @param lastAttempt  the last poll that finished, successful or not (null before the first)
 * @param lastError    why the last poll failed (null when it worked)
 */
public record FeedStatus(Instant lastSuccess, Instant lastAttempt, String lastError) {
}
