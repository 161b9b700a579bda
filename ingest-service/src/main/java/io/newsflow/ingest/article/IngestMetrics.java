package io.newsflow.ingest.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.DeadLetterReason;
import org.springframework.stereotype.Component;

/**
 * Counter {@code newsflow.ingest.articles}, tagged by channel (http, topic, feed), outcome
 * (accepted, duplicate, rejected, failed) and reason code, so operators see what came in by which
 * way and why some of it did not get through. Every combination is registered at start-up, at zero.
 * (What the topic channel sent to news.inbound-dlt is counted by the shared edge, in
 * {@code newsflow.ingest.dead.letters}.)
 */
@Component
public class IngestMetrics {

    public enum Channel { HTTP, TOPIC, FEED }

    private static final String NONE = "none";

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            for (String outcome : new String[] {"accepted", "duplicate", "stale"}) {
                counter(channel, outcome, NONE);
            }
            for (RejectionReason reason : RejectionReason.values()) {
                counter(channel, "rejected", reason.code());
            }
            counter(channel, "failed", DeadLetterReason.PROCESSING_FAILED.code());
        }
    }

    public void record(Channel channel, IngestResult result) {
        switch (result) {
            case IngestResult.Accepted accepted -> count(channel, "accepted", NONE);
            case IngestResult.Duplicate duplicate -> count(channel, "duplicate", NONE);
            case IngestResult.Stale stale -> count(channel, "stale", NONE);
            case IngestResult.Rejected rejected -> rejected(channel, rejected.rejection());
        }
    }

    public void rejected(Channel channel, Rejection rejection) {
        count(channel, "rejected", rejection.reason().code());
    }

    public void failed(Channel channel) {
        count(channel, "failed", DeadLetterReason.PROCESSING_FAILED.code());
    }

    private void count(Channel channel, String outcome, String reason) {
        counter(channel, outcome, reason).increment();
    }

    private Counter counter(Channel channel, String outcome, String reason) {
        return registry.counter("newsflow.ingest.articles",
                "channel", channel.name().toLowerCase(), "outcome", outcome, "reason", reason);
    }
}
