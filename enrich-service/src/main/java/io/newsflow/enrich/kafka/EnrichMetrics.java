package io.newsflow.enrich.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** newsflow.enrich.* meters: records by outcome, dead letters by reason and tagging time. */
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
        // The same name in every stage: newsflow.<stage>.dead.letters{reason}.
        Counter.builder("newsflow.enrich.dead.letters")
                .description("Records written to news.raw-dlt, by reason")
                .tag("reason", reason)
                .register(registry).increment();
    }

    private Counter outcome(String outcome, String reason) {
        return Counter.builder("newsflow.enrich.records")
                .description("Records consumed from news.raw, by outcome")
                .tag("outcome", outcome)
                .tag("reason", reason == null ? "none" : reason)
                .register(registry);
    }
}
