package io.newsflow.enrich.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** newsflow.enrich.* meters: records by outcome and tagging time. */
@Component
class EnrichMetrics {

    private final MeterRegistry registry;
    private final Timer tagging;

    EnrichMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.tagging = Timer.builder("newsflow.enrich.tagging")
                .description("Time to enrich one article")
                .publishPercentileHistogram()
                .register(registry);
    }

    Timer tagging() {
        return tagging;
    }

    void enriched() {
        outcome("enriched", null).increment();
    }

    void deleted() {
        outcome("deleted", null).increment();
    }

    void deadLettered(String reason) {
        outcome("dead-lettered", reason).increment();
    }

    private Counter outcome(String outcome, String reason) {
        return Counter.builder("newsflow.enrich.records")
                .description("Records consumed from news.raw, by outcome")
                .tag("outcome", outcome)
                .tag("reason", reason == null ? "none" : reason)
                .register(registry);
    }
}
