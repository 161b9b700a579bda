package io.newsflow.publish.kafka;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.publish.bulk.BulkIndexer;
import io.newsflow.publish.bulk.DocumentOperation;
import io.newsflow.publish.bulk.ItemOutcome;
import io.newsflow.publish.bulk.OperationCallback;
import io.newsflow.publish.offsets.OffsetTracker;
import io.newsflow.publish.offsets.TrackedRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code news.enriched} and hands each record to the bulk indexer (or the dead-letter
 * topic). It returns at once: the record's offset is committed later, when Elasticsearch (or the
 * dead-letter topic) has acknowledged it and every record before it.
 */
@Component
public class EnrichedArticleListener {

    public static final String ID = "publish";

    private final ArticleRecordReader reader = new ArticleRecordReader();
    private final ArticleOperations operations;
    private final BulkIndexer indexer;
    private final DeadLetterPublisher deadLetters;
    private final OffsetTracker offsets;

    public EnrichedArticleListener(ArticleOperations operations, BulkIndexer indexer,
                                   DeadLetterPublisher deadLetters, OffsetTracker offsets) {
        this.operations = operations;
        this.indexer = indexer;
        this.deadLetters = deadLetters;
        this.offsets = offsets;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = KafkaTopics.ENRICHED)
    public void onRecord(ConsumerRecord<String, byte[]> record, Acknowledgment acknowledgment) {
        TrackedRecord tracked = offsets.track(new TopicPartition(record.topic(), record.partition()),
                record.offset(), acknowledgment);
        Runnable done = () -> offsets.completed(tracked);
        ArticleRecord parsed = reader.read(record.key(), record.value());
        if (parsed instanceof ArticleRecord.Unreadable unreadable) {
            deadLetters.publish(record, new RecordRejectedException(unreadable.reason(), unreadable.detail()), done);
            return;
        }
        DocumentOperation operation;
        try {
            operation = operations.forRecord(parsed);
        } catch (RuntimeException e) {
            deadLetters.publish(record, new RecordRejectedException("unpublishable", e.toString()), done);
            return;
        }
        indexer.submit(operation, new Callback(record, done));
    }

    private final class Callback implements OperationCallback {
        private final ConsumerRecord<String, byte[]> record;
        private final Runnable done;

        Callback(ConsumerRecord<String, byte[]> record, Runnable done) {
            this.record = record;
            this.done = done;
        }

        @Override
        public void completed(ItemOutcome outcome) {
            done.run();
        }

        @Override
        public void rejected(String errorType, String reason) {
            deadLetters.publish(record, new RecordRejectedException("es-" + errorType, reason), done);
        }
    }
}
