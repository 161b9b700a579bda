package io.newsflow.ingest.article;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counter {@code newsflow.ingest.articles}, tagged by channel (http, topic, feed), outcome
 * (accepted, duplicate, rejected, failed) and reason code, so operators see what came in by which
 * way and why some of it did not get through; and {@code newsflow.ingest.dead.letters} by reason,
 * for what the topic channel sent to news.inbound-dlt.
 */
@Component
public class IngestMetrics {

    public enum Channel { HTTP, TOPIC, FEED }

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(Channel channel, IngestResult result) {
        switch (result) {
            case IngestResult.Accepted accepted -> count(channel, "accepted", "none");
            case IngestResult.Duplicate duplicate -> count(channel, "duplicate", "none");
            case IngestResult.Stale stale -> count(channel, "stale", "none");
            case IngestResult.Rejected rejected -> rejected(channel, rejected.rejection());
        }
    }

    public void rejected(Channel channel, Rejection rejection) {
        count(channel, "rejected", rejection.reason().code());
    }

    public void failed(Channel channel) {
        count(channel, "failed", "processing-failed");
    }

    private void count(Channel channel, String outcome, String reason) {
        registry.counter("newsflow.ingest.articles",
                "channel", channel.name().toLowerCase(), "outcome", outcome, "reason", reason).increment();
        if (channel == Channel.TOPIC && (outcome.equals("rejected") || outcome.equals("failed"))) {
            // What went to news.inbound-dlt, named as in every stage: newsflow.<stage>.dead.letters{reason}.
            registry.counter("newsflow.ingest.dead.letters", "reason", reason).increment();
        }
    }
}
