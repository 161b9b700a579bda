package io.newsflow.publish.index;

import io.newsflow.publish.bulk.ExponentialBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Repeats an index-management request until Elasticsearch answers it. Used on the consumer thread
 * when a record needs a new period's index or a lookup: failing there would dead-letter a record
 * that is fine; waiting keeps its offset uncommitted, like the bulk indexer's retries do.
 */
public final class UntilAnswered {

    private static final Logger log = LoggerFactory.getLogger(UntilAnswered.class);

    /** A request to Elasticsearch. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws IOException;
    }

    private final ExponentialBackoff backoff;

    public UntilAnswered(ExponentialBackoff backoff) {
        this.backoff = backoff;
    }

    public <T> T call(String what, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.call();
            } catch (IOException | RuntimeException e) {
                if (e instanceof co.elastic.clients.elasticsearch._types.ElasticsearchException es && es.status() < 500
                        && es.status() != 408 && es.status() != 429) {
                    throw es; // an answer: the request itself is wrong, repeating it cannot help
                }
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
