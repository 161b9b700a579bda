package io.newsflow.servicesupport;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/**
 * One consumed record's processing as a Micrometer observation of its own, the same way in every
 * stage: a timer {@code <name>} (Prometheus {@code <name>_seconds}, label {@code error}) and a span
 * that continues the trace of the record's {@code traceparent} header (or starts one), so what the
 * work sends with an observed {@code KafkaTemplate} and every line it logs carry that trace id.
 * Spring Kafka observes a batch listener per batch, not per record, hence this.
 */
public class KafkaRecordObservations {

    /** Logging context key (MDC) of the article a log line is about; a field of the JSON log lines. */
    public static final String ARTICLE_ID = "articleId";

    private final ObservationRegistry registry;

    public KafkaRecordObservations(ObservationRegistry registry) {
        this.registry = registry;
    }

    /**
     * Runs {@code work} for {@code record} inside an observation named {@code name}, with
     * {@code articleId} (when not null) in the logging context meanwhile.
     */
    public void observe(String name, String listenerId, ConsumerRecord<?, ?> record, String articleId, Runnable work) {
        try (MDC.MDCCloseable ignored = articleId == null ? null : MDC.putCloseable(ARTICLE_ID, articleId)) {
            Observation.createNotStarted(name, () -> new KafkaRecordReceiverContext(record, listenerId, null, null, () -> null), registry)
                    .observe(work);
        }
    }
}
