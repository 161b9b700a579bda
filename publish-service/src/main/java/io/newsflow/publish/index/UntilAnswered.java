package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.newsflow.publish.bulk.ElasticsearchReachability;
import io.newsflow.publish.bulk.ExponentialBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Repeats an index-management request until Elasticsearch answers it. Used on the consumer thread
 * when a record needs a new period's index or a lookup: failing there would dead-letter a record
 * that is fine; waiting keeps its offset uncommitted, like the bulk indexer's retries do. It tells
 * the reachability (the consumption throttle) as the bulk indexer does, so the outage shows as a
 * paused consumer. An outage longer than {@code max.poll.interval.ms} while it waits costs a
 * rebalance, after which the records are consumed again: nothing is lost.
 */
public final class UntilAnswered {

    private static final Logger log = LoggerFactory.getLogger(UntilAnswered.class);

    /** A request to Elasticsearch. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws IOException;
    }

    private final ExponentialBackoff backoff;
    private final ElasticsearchReachability reachability;

    public UntilAnswered(ExponentialBackoff backoff, ElasticsearchReachability reachability) {
        this.backoff = backoff;
        this.reachability = reachability;
    }

    public <T> T call(String what, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T answer = call.call();
                if (attempt > 1) {
                    reachability.reachable();
                }
                return answer;
            } catch (IOException | RuntimeException e) {
                if (e instanceof ElasticsearchException es && es.status() < 500 && es.status() != 408 && es.status() != 429) {
                    throw es; // an answer: the request itself is wrong, repeating it cannot help
                }
                reachability.unreachable(e);
                log.warn("Elasticsearch did not answer ({}: {}); retrying", what, e.toString());
                try {
                    Thread.sleep(backoff.delay(attempt).toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Elasticsearch", interrupted);
                }
            }
        }
    }
}
