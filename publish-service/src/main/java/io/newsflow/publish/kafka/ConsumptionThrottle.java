package io.newsflow.publish.kafka;

import io.newsflow.publish.bulk.ElasticsearchReachability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.IntConsumer;

/**
 * Pauses consumption while Elasticsearch is unreachable or too many records wait for it, and
 * resumes by itself (like kafka-connect-elasticsearch's PartitionPauser). Pausing keeps the
 * consumer polling, so it stays in its group, and bounds memory: at most the in-flight limit plus
 * one poll's records are held while Elasticsearch is away.
 */
public final class ConsumptionThrottle implements ElasticsearchReachability, IntConsumer {

    /** What the throttle pauses and resumes: the listener container. */
    public interface Consumption {
        void pause();

        void resume();
    }

    private static final Logger log = LoggerFactory.getLogger(ConsumptionThrottle.class);

    private final Consumption consumption;
    private final int maxInFlight;
    private final int resumeInFlight;
    private boolean backlog;
    private boolean outage;
    private boolean paused;

    public ConsumptionThrottle(Consumption consumption, int maxInFlight, int resumeInFlight) {
        this.consumption = consumption;
        this.maxInFlight = maxInFlight;
        this.resumeInFlight = resumeInFlight;
    }

    /** The number of records waiting for Elasticsearch changed. */
    @Override
    public synchronized void accept(int inFlight) {
        if (!backlog && inFlight >= maxInFlight) {
            backlog = true;
        } else if (backlog && inFlight <= resumeInFlight) {
            backlog = false;
        }
        apply();
    }

    @Override
    public synchronized void reachable() {
        if (outage) {
            log.info("Elasticsearch answers again; consumption resumes");
            outage = false;
            apply();
        }
    }

    @Override
    public synchronized void unreachable(Throwable cause) {
        if (!outage) {
            log.warn("Elasticsearch unreachable ({}); consumption paused until it answers", cause.toString());
            outage = true;
            apply();
        }
    }

    public synchronized boolean paused() {
        return paused;
    }

    private void apply() {
        boolean shouldPause = backlog || outage;
        if (shouldPause != paused) {
            paused = shouldPause;
            if (paused) {
                consumption.pause();
            } else {
                consumption.resume();
            }
        }
    }
}
