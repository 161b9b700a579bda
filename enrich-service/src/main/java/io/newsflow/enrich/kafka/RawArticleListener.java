package io.newsflow.enrich.kafka;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.contract.RawArticle;
import io.newsflow.enrich.EnrichApplication;
import io.newsflow.enrich.enrichment.ArticleEnricher;
import io.newsflow.enrich.enrichment.TaggingPool;
import io.newsflow.servicesupport.KafkaRecordObservations;
import io.newsflow.servicesupport.edge.StageEdge;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Future;

/**
 * Read-process-write, exactly once: each polled batch is one Kafka transaction holding its enriched
 * records, its dead-lettered records and its consumer offsets (the container starts the transaction
 * because Boot configures a transaction manager when {@code spring.kafka.producer.transaction-id-prefix}
 * is set). A crash anywhere before the commit aborts all of it and the batch is read again; consumers
 * reading committed see each article once. One transaction per batch rather than per record keeps
 * the commit cost small next to tagging.
 *
 * <p>Failures follow the shared edge's policy ({@link StageEdge}): an unreadable or unenrichable
 * article is dead-lettered in the batch's transaction; a broker failure rolls the batch back to be
 * retried; a tagger failure is dead-lettered as processing-failed while other articles go through,
 * but a tagger that fails on every article stops the stage (readiness DOWN) instead of emptying
 * news.raw into news.raw-dlt: the dead letters of the failing batch roll back with it.
 */
@Component
class RawArticleListener {

    private static final Logger log = LoggerFactory.getLogger(RawArticleListener.class);
    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(LogFactory.getLog(RawArticleListener.class));

    private final ArticleEnricher enricher;
    private final TaggingPool taggingPool;
    private final KafkaTemplate<Object, Object> template;
    private final StageEdge edge;
    private final EnrichMetrics metrics;
    private final KafkaRecordObservations observations;

    RawArticleListener(ArticleEnricher enricher, TaggingPool taggingPool, KafkaTemplate<Object, Object> template,
                       StageEdge edge, EnrichMetrics metrics, KafkaRecordObservations observations) {
        this.enricher = enricher;
        this.taggingPool = taggingPool;
        this.template = template;
        this.edge = edge;
        this.metrics = metrics;
        this.observations = observations;
    }

    @KafkaListener(id = EnrichApplication.LISTENER_ID, idIsGroup = false, topics = KafkaTopics.RAW, batch = "true")
    void onBatch(List<ConsumerRecord<String, RawArticle>> records) {
        // Tagging runs on the shared pool (see TaggingPool); sends stay on this thread, in order, in its transaction.
        List<Future<EnrichedArticle>> tagged = records.stream().map(this::startTagging).toList();
        try {
            for (int i = 0; i < records.size(); i++) {
                observe(records.get(i), tagged.get(i));
            }
        } finally {
            // A batch that failed half-way is rolled back and polled again: drop its tagging still queued.
            tagged.stream().filter(Objects::nonNull).forEach(f -> f.cancel(false));
        }
    }

    private Future<EnrichedArticle> startTagging(ConsumerRecord<String, RawArticle> record) {
        // Null for unreadable records (the deserialiser left no value) and tombstones: nothing to tag.
        return record.value() == null ? null
                : taggingPool.submit(() -> metrics.tagging().record(() -> enricher.enrich(record.value())));
    }

    /**
     * Each record in an observation of its own (timer newsflow.enrich.processing; a span continuing
     * the trace in the record's traceparent header, so the enriched record and the logs carry the
     * same trace id), with the article id in the logging context. The tagging itself has run on the
     * pool by then (its time: newsflow.enrich.tagging); the observation covers waiting for it and the sends.
     */
    private void observe(ConsumerRecord<String, RawArticle> record, Future<EnrichedArticle> tagged) {
        observations.observe("newsflow.enrich.processing", EnrichApplication.LISTENER_ID, record, record.key(),
                () -> process(record, tagged));
    }

    private void process(ConsumerRecord<String, RawArticle> record, Future<EnrichedArticle> tagged) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
        if (unreadable != null) {
            metrics.deadLettered(edge.failed(record, unreadable));
        } else if (record.value() == null) {
            // A tombstone retracts the article: pass it on so the index deletes it and compaction drops it,
            // with its headers (the retracted revision and routing date the index needs).
            RecordHeaders headers = new RecordHeaders();
            for (String name : List.of(NewsHeaders.RETRACTED_REVISION, NewsHeaders.FIRST_RECEIVED_AT)) {
                Header header = record.headers().lastHeader(name);
                if (header != null) {
                    headers.add(header);
                }
            }
            edge.sent(template.send(new ProducerRecord<>(KafkaTopics.ENRICHED, null, record.key(), null, headers)));
            metrics.deleted();
        } else {
            enrich(record, tagged);
        }
    }

    private void enrich(ConsumerRecord<String, RawArticle> record, Future<EnrichedArticle> tagged) {
        EnrichedArticle enriched;
        try {
            enriched = TaggingPool.await(tagged);
        } catch (RuntimeException | Error e) {
            // Dead-lettered, or thrown on when the stage, not the article, is at fault.
            metrics.deadLettered(edge.failed(record, e));
            return;
        }
        edge.sent(template.send(KafkaTopics.ENRICHED, enriched.id(), enriched));
        edge.succeeded();
        metrics.enriched();
        log.info("Enriched article {} revision {}: {} entities, topics {}", enriched.id(), enriched.article().revision(),
                enriched.entities().size(), enriched.topics().stream().map(t -> t.label()).toList());
    }
}
