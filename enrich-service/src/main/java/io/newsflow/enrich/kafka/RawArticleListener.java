package io.newsflow.enrich.kafka;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.RawArticle;
import io.newsflow.enrich.EnrichApplication;
import io.newsflow.enrich.enrichment.ArticleEnricher;
import io.newsflow.enrich.enrichment.UnenrichableArticleException;
import io.newsflow.servicesupport.KafkaRecordObservations;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Read-process-write, exactly once: each polled batch is one Kafka transaction holding its enriched
 * records, its dead-lettered records and its consumer offsets (the container starts the transaction
 * because Boot configures a transaction manager when {@code spring.kafka.producer.transaction-id-prefix}
 * is set). A crash anywhere before the commit aborts all of it and the batch is read again; consumers
 * reading committed see each article once. One transaction per batch rather than per record keeps
 * the commit cost small next to tagging.
 */
@Component
class RawArticleListener {

    private static final Logger log = LoggerFactory.getLogger(RawArticleListener.class);
    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(LogFactory.getLog(RawArticleListener.class));

    private final ArticleEnricher enricher;
    private final KafkaTemplate<Object, Object> template;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final EnrichMetrics metrics;
    private final KafkaRecordObservations observations;

    RawArticleListener(ArticleEnricher enricher, KafkaTemplate<Object, Object> template,
                       DeadLetterPublishingRecoverer deadLetters, EnrichMetrics metrics, KafkaRecordObservations observations) {
        this.enricher = enricher;
        this.template = template;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.observations = observations;
    }

    @KafkaListener(id = EnrichApplication.LISTENER_ID, idIsGroup = false, topics = KafkaTopics.RAW, batch = "true")
    void onBatch(List<ConsumerRecord<String, RawArticle>> records) {
        records.forEach(this::observe);
    }

    /**
     * Each record in an observation of its own (timer newsflow.enrich.processing; a span continuing
     * the trace in the record's traceparent header, so the enriched record and the logs carry the
     * same trace id), with the article id in the logging context.
     */
    private void observe(ConsumerRecord<String, RawArticle> record) {
        observations.observe("newsflow.enrich.processing", EnrichApplication.LISTENER_ID, record, record.key(), () -> process(record));
    }

    private void process(ConsumerRecord<String, RawArticle> record) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
        if (unreadable != null) {
            deadLetter(record, unreadable);
        } else if (record.value() == null) {
            // A tombstone retracts the article: pass it on so the index deletes it and compaction drops it.
            template.send(KafkaTopics.ENRICHED, record.key(), null);
            metrics.deleted();
        } else {
            enrich(record);
        }
    }

    private void enrich(ConsumerRecord<String, RawArticle> record) {
        try {
            EnrichedArticle enriched = metrics.tagging().record(() -> enricher.enrich(record.value()));
            template.send(KafkaTopics.ENRICHED, enriched.id(), enriched);
            metrics.enriched();
            log.info("Enriched article {} revision {}: {} entities, topics {}", enriched.id(), enriched.article().revision(),
                    enriched.entities().size(), enriched.topics().stream().map(t -> t.label()).toList());
        } catch (UnenrichableArticleException e) {
            deadLetter(record, e);
        }
    }

    private void deadLetter(ConsumerRecord<String, RawArticle> record, Exception reason) {
        log.warn("Dead-lettering {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                record.key(), reason.getMessage());
        deadLetters.accept(record, null, reason);
        metrics.deadLettered(DeadLetterReasons.reason(reason));
    }
}
