package io.newsflow.publish.kafka;

import io.newsflow.contract.DeadLetterReason;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.publish.bulk.BulkIndexer;
import io.newsflow.publish.bulk.DocumentOperation;
import io.newsflow.publish.bulk.IndexingMetrics;
import io.newsflow.publish.bulk.ItemOutcome;
import io.newsflow.publish.bulk.OperationCallback;
import io.newsflow.publish.offsets.OffsetTracker;
import io.newsflow.publish.offsets.TrackedRecord;
import io.newsflow.servicesupport.KafkaRecordObservations;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Consumes {@code news.enriched} and hands each record to the bulk indexer (or the dead-letter
 * topic). It returns at once: the record's offset is committed later, when Elasticsearch (or the
 * dead-letter topic) has acknowledged it and every record before it.
 */
@Component
public class EnrichedArticleListener {

    public static final String ID = "publish";

    private static final Logger log = LoggerFactory.getLogger(EnrichedArticleListener.class);

    private final ArticleRecordReader reader = new ArticleRecordReader();
    private final ArticleOperations operations;
    private final BulkIndexer indexer;
    private final DeadLetterPublisher deadLetters;
    private final OffsetTracker offsets;
    private final IndexingMetrics metrics;
    private final KafkaRecordObservations observations;

    public EnrichedArticleListener(ArticleOperations operations, BulkIndexer indexer, DeadLetterPublisher deadLetters,
                                   OffsetTracker offsets, IndexingMetrics metrics, KafkaRecordObservations observations) {
        this.operations = operations;
        this.indexer = indexer;
        this.deadLetters = deadLetters;
        this.offsets = offsets;
        this.metrics = metrics;
        this.observations = observations;
    }

    /**
     * Each record in an observation of its own (timer newsflow.publish.processing; a span
     * continuing the trace in the record's traceparent header) with the article id in the logging
     * context, as in the other stages.
     */
    @KafkaListener(id = ID, idIsGroup = false, topics = KafkaTopics.ENRICHED)
    public void onRecord(ConsumerRecord<String, byte[]> record, Acknowledgment acknowledgment) {
        observations.observe("newsflow.publish.processing", ID, record, record.key(), () -> process(record, acknowledgment));
    }

    private void process(ConsumerRecord<String, byte[]> record, Acknowledgment acknowledgment) {
        TrackedRecord tracked = offsets.track(new TopicPartition(record.topic(), record.partition()),
                record.offset(), acknowledgment);
        Runnable done = () -> offsets.completed(tracked);
        ArticleRecord parsed = reader.read(record.key(), record.value(), record.headers());
        if (parsed instanceof ArticleRecord.Unreadable unreadable) {
            deadLetters.publish(record, new RecordRejectedException(unreadable.reason(), unreadable.detail()), done);
            return;
        }
        Instant receivedAt = null;
        if (parsed instanceof ArticleRecord.Upsert upsert) {
            receivedAt = upsert.article().article().receivedAt();
            log.info("Indexing article {} revision {}", upsert.article().id(), upsert.article().article().revision());
        } else if (parsed instanceof ArticleRecord.Retraction retraction) {
            log.info("Deleting retracted article {}", retraction.id());
        }
        DocumentOperation operation;
        try {
            operation = operations.forRecord(parsed);
        } catch (RuntimeException e) {
            deadLetters.publish(record, new RecordRejectedException(DeadLetterReason.UNPUBLISHABLE, e.toString()), done);
            return;
        }
        if (operation == null) {
            metrics.outcome(ItemOutcome.SKIPPED);
            done.run();
            return;
        }
        indexer.submit(operation, new Callback(record, receivedAt, done));
    }

    private final class Callback implements OperationCallback {
        private final ConsumerRecord<String, byte[]> record;
        private final Instant receivedAt;
        private final Runnable done;

        Callback(ConsumerRecord<String, byte[]> record, Instant receivedAt, Runnable done) {
            this.record = record;
            this.receivedAt = receivedAt;
            this.done = done;
        }

        @Override
        public void completed(ItemOutcome outcome) {
            if (outcome == ItemOutcome.APPLIED && receivedAt != null) {
                metrics.searchable(receivedAt);
            }
            done.run();
        }

        @Override
        public void rejected(String errorType, String reason) {
            deadLetters.publish(record, new RecordRejectedException(new ElasticsearchRefusal(errorType), reason), done);
        }
    }
}
