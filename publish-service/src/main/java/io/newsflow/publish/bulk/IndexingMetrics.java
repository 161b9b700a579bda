package io.newsflow.publish.bulk;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Micrometer meters of the bulk indexer, named {@code newsflow.publish.*}. */
public final class IndexingMetrics {

    private final Map<ItemOutcome, Counter> outcomes = new EnumMap<>(ItemOutcome.class);
    private final Timer bulkLatency;
    private final DistributionSummary bulkSize;
    private final Counter requestFailures;
    private final Counter retries;
    private final Timer freshness;

    public IndexingMetrics(MeterRegistry registry) {
        for (ItemOutcome outcome : ItemOutcome.values()) {
            outcomes.put(outcome, Counter.builder("newsflow.publish.items").tag("outcome", outcome.name().toLowerCase())
                    .description("Bulk items by final outcome (retryable: a transient failure, retried)").register(registry));
        }
        this.bulkLatency = Timer.builder("newsflow.publish.bulk.latency")
                .description("Time from sending a bulk request to its answer").register(registry);
        this.bulkSize = DistributionSummary.builder("newsflow.publish.bulk.operations")
                .description("Operations per bulk request").register(registry);
        this.requestFailures = Counter.builder("newsflow.publish.bulk.request.failures")
                .description("Bulk requests that did not reach Elasticsearch or failed as a whole").register(registry);
        this.retries = Counter.builder("newsflow.publish.retries")
                .description("Operations scheduled for another attempt after a transient failure").register(registry);
        this.freshness = Timer.builder("newsflow.publish.freshness")
                .description("End-to-end: from the article's receipt by ingest (receivedAt) to Elasticsearch acknowledging it")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
    }

    /** An article's new revision is in the index: records the time since ingest received it. */
    public void searchable(Instant receivedAt) {
        Duration age = Duration.between(receivedAt, Instant.now());
        freshness.record(age.isNegative() ? Duration.ZERO : age);
    }

    void answered(int operations, Duration latency) {
        bulkSize.record(operations);
        bulkLatency.record(latency);
    }

    void requestFailed() {
        requestFailures.increment();
    }

    void retried(int operations) {
        retries.increment(operations);
    }

    public void outcome(ItemOutcome outcome) {
        outcomes.get(outcome).increment();
    }
}
