package io.newsflow.publish.config;

import io.newsflow.publish.index.IndexRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the retention check at start and then every {@code check-interval}. Every instance runs it;
 * dropping an index twice is harmless, so no instance needs to be elected.
 */
final class RetentionSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final IndexRetention retention;
    private final Duration interval;
    private ScheduledExecutorService executor;

    RetentionSchedule(IndexRetention retention, Duration interval) {
        this.retention = retention;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "index-retention");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            retention.dropExpired();
        } catch (Exception e) {
            log.warn("Retention check failed ({}); trying again in {}", e.toString(), interval);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
