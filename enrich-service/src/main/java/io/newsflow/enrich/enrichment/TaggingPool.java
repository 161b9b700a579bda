package io.newsflow.enrich.enrichment;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tagging threads, shared by all listener threads. A listener thread hands the articles of its
 * polled batch to the pool and then waits for them in order, so its sends and its transaction stay on
 * its own thread as before. Why not tag on the listener threads themselves: Kafka gives work to
 * consumers by partition, and three partitions over two consumers give one of them twice the
 * articles of the other; a backlog then ends with one thread tagging while the other waits (measured:
 * the last third of a two-thread benchmark run). A shared pool keeps both busy whatever the split.
 */
public final class TaggingPool implements AutoCloseable {

    private final ExecutorService workers;

    public TaggingPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "enrich-tagging-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public <T> Future<T> submit(Callable<T> task) {
        return workers.submit(task);
    }

    /** The task's result; what the task threw (unchecked) is thrown here as it was. */
    public static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new IllegalStateException("interrupted while waiting for tagging", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException unchecked -> throw unchecked;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
