package io.newsflow.servicesupport.edge;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Clock;
import java.time.Instant;

/**
 * Whether the stage is working, retrying a transient failure, or stopped because it cannot work;
 * health component {@code stage} (in the readiness group by default) and meters
 * {@code newsflow.<stage>.kafka.retries} (transient failures retried) and {@code newsflow.<stage>.kafka.state}
 * (0 working, 1 retrying, 2 stopped), both registered at start-up.
 */
public class StageState extends AbstractHealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(StageState.class);

    public enum Condition { WORKING, RETRYING, STOPPED }

    private record Snapshot(Condition condition, Instant since, long attempts, String error) {
    }

    private final Clock clock;
    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
    private final Counter retries;
    private volatile Snapshot snapshot;

    public StageState(StageProperties stage, MeterRegistry meters, ObjectProvider<KafkaListenerEndpointRegistry> listeners, Clock clock) {
        super("Stage health check failed");
        this.clock = clock;
        this.listeners = listeners;
        this.snapshot = new Snapshot(Condition.WORKING, clock.instant(), 0, null);
        String prefix = "newsflow." + stage.name() + ".kafka";
        this.retries = Counter.builder(prefix + ".retries")
                .description("Transient failures (broker, network) retried with back-off")
                .register(meters);
        Gauge.builder(prefix + ".state", this, s -> s.snapshot.condition().ordinal())
                .description("0 working, 1 retrying a transient failure, 2 stopped: the stage cannot work")
                .register(meters);
    }

    public Condition condition() {
        return snapshot.condition();
    }

    /** A transient failure is being retried (called before each pause). */
    public synchronized void retrying(Throwable failure) {
        retries.increment();
        Snapshot current = snapshot;
        if (current.condition() == Condition.STOPPED) {
            return;
        }
        long attempts = current.condition() == Condition.RETRYING ? current.attempts() + 1 : 1;
        Instant since = current.condition() == Condition.RETRYING ? current.since() : clock.instant();
        if (attempts == 1) {
            log.warn("Transient failure, retrying with back-off until it passes: {}", rootCause(failure));
        }
        snapshot = new Snapshot(Condition.RETRYING, since, attempts, rootCause(failure));
    }

    /** Work went through: a retried failure has passed. */
    public synchronized void working() {
        if (snapshot.condition() == Condition.RETRYING) {
            log.info("Working again after {} retries", snapshot.attempts());
            snapshot = new Snapshot(Condition.WORKING, clock.instant(), 0, null);
        }
    }

    /**
     * The stage cannot work: every listener container stops (on a thread of its own, since this
     * may run on a consumer thread), and readiness stays DOWN until the process is restarted.
     */
    public synchronized void stop(Throwable failure) {
        if (snapshot.condition() == Condition.STOPPED) {
            return;
        }
        log.error("The stage cannot work and stops consuming; fix the cause and restart", failure);
        snapshot = new Snapshot(Condition.STOPPED, clock.instant(), 0, rootCause(failure));
        listeners.ifAvailable(registry -> Thread.ofPlatform().daemon().name("stage-stop").start(registry::stop));
    }

    /** What an operator needs to read: the innermost cause, not the containers' wrappers around it. */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        return root.toString();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Snapshot current = snapshot;
        builder.withDetail("condition", current.condition().name().toLowerCase()).withDetail("since", current.since().toString());
        if (current.condition() == Condition.WORKING) {
            builder.up();
            return;
        }
        if (current.condition() == Condition.RETRYING) {
            builder.withDetail("attempts", current.attempts());
        }
        builder.down().withDetail("error", current.error());
    }
}
