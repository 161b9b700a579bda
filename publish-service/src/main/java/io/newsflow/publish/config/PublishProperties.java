package io.newsflow.publish.config;

import io.newsflow.publish.bulk.BulkSettings;
import io.newsflow.publish.index.IndexPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.Period;

/**
 * Settings of the publish service, under {@code newsflow.publish.*}.
 *
 * @param index    names of the alias, the versioned indices and the template readers rely on
 * @param bulk     when the BulkIngester sends a request
 * @param retry    back-off for transient Elasticsearch failures (429, 5xx, connection errors)
 * @param consumer how many records may wait for Elasticsearch before consumption pauses
 * @param retention how long period indices are kept
 * @param reindex  how the {@code reindex} command reads and writes
 */
@Validated
@ConfigurationProperties("newsflow.publish")
public record PublishProperties(
        @Valid @NotNull @DefaultValue Index index,
        @Valid @NotNull @DefaultValue Bulk bulk,
        @Valid @NotNull @DefaultValue Retry retry,
        @Valid @NotNull @DefaultValue Consumer consumer,
        @Valid @NotNull @DefaultValue Retention retention,
        @Valid @NotNull @DefaultValue Reindex reindex) {

    /** The bulk indexer's settings: flushing from {@link #bulk()}, back-off from {@link #retry()}. */
    public BulkSettings bulkSettings() {
        return new BulkSettings(bulk.maxOperations(), bulk.maxBytes().toBytes(), bulk.flushInterval(),
                bulk.maxConcurrentRequests(), retry.initialBackoff(), retry.maxBackoff());
    }

    /**
     * @param alias          what readers query; points at exactly one versioned index
     * @param versionPrefix  versioned index names are this prefix plus 1, 2, ...
     * @param templateName   name of the composable index template that matches the versioned indices
     * @param startupTimeout how long start-up waits for Elasticsearch to install the template and alias
     * @param period         how much time one index covers, by the article's firstReceivedAt (UTC)
     * @param shards         primary shards of each period index
     * @param replicas       replicas of each period index; unset: 0, or 1 once a second node joins
     */
    public record Index(
            @NotBlank @DefaultValue("news") String alias,
            @NotBlank @DefaultValue("news-v") String versionPrefix,
            @NotBlank @DefaultValue("news") String templateName,
            @NotNull @DefaultValue("2m") Duration startupTimeout,
            @NotNull @DefaultValue("month") IndexPeriod period,
            @Min(1) @DefaultValue("1") int shards,
            @Min(0) Integer replicas) {
    }

    /**
     * @param maxAge        period indices whose period ended longer ago than this are dropped, and
     *                      writes for them skipped; unset keeps everything
     * @param checkInterval how often the service looks for expired indices
     */
    public record Retention(
            Period maxAge,
            @NotNull @DefaultValue("1h") Duration checkInterval) {
    }

    /**
     * @param readers partitions of news.enriched are read by this many threads at once, each with its
     *                own bulk worker (a BulkIngester with max-concurrent-requests requests in flight)
     */
    public record Reindex(@Min(1) @DefaultValue("4") int readers) {
    }

    /**
     * @param maxOperations         a request is sent once this many operations are buffered
     * @param maxBytes              ... or once the buffered operations reach this size
     * @param flushInterval         ... or at the latest this long after the previous flush
     * @param maxConcurrentRequests bulk requests in flight at once
     */
    public record Bulk(
            @Min(1) @DefaultValue("1000") int maxOperations,
            @NotNull @DefaultValue("5MB") DataSize maxBytes,
            @NotNull @DefaultValue("1s") Duration flushInterval,
            @Min(1) @DefaultValue("2") int maxConcurrentRequests) {
    }

    /**
     * @param initialBackoff delay before the first retry of a transient failure
     * @param maxBackoff     the delay doubles per attempt up to this cap; retries never give up,
     *                       because dropping an article would lose it (its offset would be committed)
     */
    public record Retry(
            @NotNull @DefaultValue("200ms") Duration initialBackoff,
            @NotNull @DefaultValue("30s") Duration maxBackoff) {

        @AssertTrue(message = "max-backoff must not be shorter than initial-backoff")
        boolean isOrdered() {
            return initialBackoff == null || maxBackoff == null || maxBackoff.compareTo(initialBackoff) >= 0;
        }
    }

    /**
     * @param maxInFlight    consumption pauses when this many records wait for Elasticsearch (memory bound)
     * @param resumeInFlight ... and resumes once no more than this many wait
     */
    public record Consumer(
            @Min(1) @DefaultValue("5000") int maxInFlight,
            @Min(0) @DefaultValue("2500") int resumeInFlight) {

        @AssertTrue(message = "resume-in-flight must be below max-in-flight")
        boolean isHysteresis() {
            return resumeInFlight < maxInFlight;
        }
    }
}
