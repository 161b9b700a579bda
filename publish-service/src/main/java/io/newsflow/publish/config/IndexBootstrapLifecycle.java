package io.newsflow.publish.config;

import io.newsflow.publish.bulk.ExponentialBackoff;
import io.newsflow.publish.index.IndexBootstrap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.time.Instant;

/**
 * Installs template, index and alias before the Kafka listener starts (a lower lifecycle phase),
 * waiting for Elasticsearch up to the start-up timeout: without an alias there is nowhere to write.
 */
final class IndexBootstrapLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrapLifecycle.class);
    /** Spring Kafka's listener containers start in phase Integer.MAX_VALUE - 100. */
    private static final int PHASE = Integer.MAX_VALUE - 200;

    private final IndexBootstrap bootstrap;
    private final Duration timeout;
    private final ExponentialBackoff backoff;
    private volatile boolean running;

    IndexBootstrapLifecycle(IndexBootstrap bootstrap, Duration timeout, PublishProperties.Retry retry) {
        this.bootstrap = bootstrap;
        this.timeout = timeout;
        this.backoff = ExponentialBackoff.withJitter(retry.initialBackoff(), retry.maxBackoff());
    }

    @Override
    public void start() {
        Instant deadline = Instant.now().plus(timeout);
        for (int attempt = 1; ; attempt++) {
            try {
                var indices = bootstrap.ensureIndexAndAlias();
                log.info("Readers' alias is ready, pointing at {}", indices);
                running = true;
                return;
            } catch (Exception e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not install the index template and alias within " + timeout, e);
                }
                log.warn("Elasticsearch not ready for index set-up ({}); retrying", e.toString());
                sleep(backoff.delay(attempt));
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
