package io.newsflow.enrich.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.contract.ReasonCode;
import io.newsflow.servicesupport.edge.StageReasons;
import org.springframework.stereotype.Component;

/**
 * newsflow.enrich.* meters: records by outcome and tagging time, every outcome and reason
 * registered at start-up, at zero. (Dead letters by reason: the shared edge's newsflow.enrich.dead.letters.)
 */
@Component
class EnrichMetrics {

    private static final String NONE = "none";

    private final MeterRegistry registry;
    private final Timer tagging;

    EnrichMetrics(MeterRegistry registry, StageReasons reasons) {
        this.registry = registry;
        this.tagging = Timer.builder("newsflow.enrich.tagging")
                .description("Time to enrich one article")
                .publishPercentileHistogram()
                .register(registry);
        outcome("enriched", NONE);
        outcome("deleted", NONE);
        reasons.reasons().forEach(reason -> outcome("dead-lettered", reason.code()));
    }

    Timer tagging() {
        return tagging;
    }

    void enriched() {
        outcome("enriched", NONE).increment();
    }

    void deleted() {
        outcome("deleted", NONE).increment();
    }

    void deadLettered(ReasonCode reason) {
        outcome("dead-lettered", reason.code()).increment();
    }

    private Counter outcome(String outcome, String reason) {
        return Counter.builder("newsflow.enrich.records")
                .description("Records consumed from news.raw, by outcome")
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry);
    }
}
