package io.newsflow.ingest.kafka;

import io.newsflow.servicesupport.compacted.CompactedTopicReader;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Duration;
import java.util.Map;

/**
 * A bean that keeps some state in step with a compacted topic: it reads the whole topic when the
 * application starts, before the web server and the listener containers start (so no request or
 * record is processed against half-loaded state), and follows it until the application stops. A
 * health component of its own (named after the bean): DOWN while reading failed and waits to start
 * again from where it got to.
 */
public abstract class StateTopicFollower implements SmartLifecycle, HealthIndicator {

    /** Before the web server (phase MAX_VALUE - 1024) and the listener containers (MAX_VALUE - 100). */
    static final int PHASE = Integer.MAX_VALUE - 2048;
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(5);

    private final String topic;
    private final CompactedTopicReader reader;
    private volatile boolean running;

    protected StateTopicFollower(Map<String, Object> consumerProperties, String topic) {
        this.topic = topic;
        // Records are applied only after start(), when the subclass is fully constructed.
        this.reader = new CompactedTopicReader(consumerProperties, topic, this::apply, restartBackOff());
    }

    private static ExponentialBackOff restartBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(1000, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setJitter(500);
        return backOff;
    }

    @Override
    public Health health() {
        return reader.health();
    }

    /** Applies one record of the topic (the latest value of its key). */
    protected abstract void apply(String key, byte[] value);

    @Override
    public void start() {
        reader.start();
        try {
            if (!reader.awaitLoaded(LOAD_TIMEOUT)) {
                throw new IllegalStateException("could not read " + topic + " within " + LOAD_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + topic, e);
        }
        running = true;
    }

    @Override
    public void stop() {
        reader.close();
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
