package io.newsflow.publish.bulk;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends document operations to Elasticsearch through the client's BulkIngester (which batches by
 * count, bytes and interval) and sees each one through to a final outcome: applied, stale,
 * absent or rejected, reported to the operation's callback. Transient failures (429, 5xx, a
 * request that never got an answer) are retried with exponential back-off, without limit: giving
 * up would lose the article, because the caller commits its offset on the callback.
 */
public final class BulkIndexer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BulkIndexer.class);

    private final BulkIngester<Pending> ingester;
    private final ExponentialBackoff backoff;
    private final ScheduledExecutorService retries;
    private final IdSequencer<Pending> sequencer = new IdSequencer<>();
    private final ElasticsearchReachability reachability;
    private final IndexingMetrics metrics;
    private final ConcurrentHashMap<Long, Long> sentAtNanos = new ConcurrentHashMap<>();

    public BulkIndexer(ElasticsearchClient client, BulkSettings settings,
                       ElasticsearchReachability reachability, IndexingMetrics metrics) {
        this.reachability = reachability;
        this.metrics = metrics;
        this.backoff = ExponentialBackoff.withJitter(settings.initialBackoff(), settings.maxBackoff());
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bulk-retry");
            thread.setDaemon(true);
            return thread;
        });
        // No backoffPolicy on the ingester: it would retry only 429 items, with a bounded count;
        // this class retries every transient failure itself, in one place.
        this.ingester = BulkIngester.of(b -> b
                .client(client)
                .maxOperations(settings.maxOperations())
                .maxSize(settings.maxBytes())
                .flushInterval(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .maxConcurrentRequests(settings.maxConcurrentRequests())
                .listener(new Listener()));
    }

    /** Hands an operation over; blocks only while the ingester's buffer and request slots are full. */
    public void submit(DocumentOperation operation, OperationCallback callback) {
        Pending pending = new Pending(operation, callback);
        if (sequencer.enter(operation.id(), pending)) {
            ingester.add(operation.operation(), pending);
        }
    }

    /** Sends what is buffered now instead of waiting for the flush interval. */
    public void flush() {
        ingester.flush();
    }

    /** Pending retries are dropped (their offsets stay uncommitted, so they are consumed again); requests in flight are awaited. */
    @Override
    public void close() {
        retries.shutdownNow();
        ingester.close();
    }

    private void finish(Pending pending, ItemOutcome outcome, BulkResponseItem item) {
        metrics.outcome(outcome);
        try {
            if (outcome == ItemOutcome.REJECTED) {
                String type = item.error() == null ? "unknown" : item.error().type();
                String reason = item.error() == null ? "status " + item.status() : item.error().reason();
                pending.callback.rejected(type, reason);
            } else {
                pending.callback.completed(outcome);
            }
        } catch (RuntimeException e) {
            log.error("Callback for document {} failed", pending.operation.id(), e);
        }
        Pending next = sequencer.exit(pending.operation.id());
        if (next != null) {
            // Not on this ingester thread: add() may block while the ingester is full.
            resend(List.of(next), Duration.ZERO);
        }
    }

    private void retry(List<Pending> failed) {
        if (failed.isEmpty()) {
            return;
        }
        int attempt = 0;
        for (Pending pending : failed) {
            attempt = Math.max(attempt, ++pending.attempts);
        }
        metrics.retried(failed.size());
        resend(failed, backoff.delay(attempt));
    }

    private void resend(List<Pending> operations, Duration delay) {
        try {
            retries.schedule(() -> operations.forEach(p -> ingester.add(p.operation.operation(), p)),
                    delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Shutting down: {} operations not retried; they are consumed again after restart", operations.size());
        }
    }

    private final class Listener implements BulkListener<Pending> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {
            sentAtNanos.put(executionId, System.nanoTime());
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
            metrics.answered(contexts.size(), elapsed(executionId));
            reachability.reachable();
            List<Pending> transientFailures = new ArrayList<>();
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < contexts.size(); i++) {
                Pending pending = contexts.get(i);
                BulkResponseItem item = items.get(i);
                ItemOutcome outcome = ItemOutcome.classify(pending.operation.kind(), item.status(),
                        item.error() == null ? null : item.error().type());
                if (outcome == ItemOutcome.RETRYABLE) {
                    metrics.outcome(outcome);
                    transientFailures.add(pending);
                } else {
                    finish(pending, outcome, item);
                }
            }
            if (!transientFailures.isEmpty()) {
                log.warn("{} of {} bulk items failed transiently (first: {}); retrying",
                        transientFailures.size(), contexts.size(), firstError(items));
            }
            retry(transientFailures);
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, Throwable failure) {
            elapsed(executionId);
            metrics.requestFailed();
            reachability.unreachable(failure);
            log.warn("Bulk request of {} operations failed ({}); retrying", contexts.size(), failure.toString());
            retry(contexts);
        }

        private Duration elapsed(long executionId) {
            Long sent = sentAtNanos.remove(executionId);
            return sent == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - sent);
        }

        private String firstError(List<BulkResponseItem> items) {
            return items.stream().filter(i -> i.error() != null)
                    .map(i -> i.status() + " " + i.error().type() + ": " + i.error().reason())
                    .findFirst().orElse("none");
        }
    }

    /** The ingester's per-operation context: the operation, whom to tell, and how often it was tried. */
    private static final class Pending {
        final DocumentOperation operation;
        final OperationCallback callback;
        int attempts;

        Pending(DocumentOperation operation, OperationCallback callback) {
            this.operation = operation;
            this.callback = callback;
        }
    }
}
