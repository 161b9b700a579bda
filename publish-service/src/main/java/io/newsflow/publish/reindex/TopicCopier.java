package io.newsflow.publish.reindex;

import io.newsflow.publish.bulk.BulkIndexer;
import io.newsflow.publish.bulk.DocumentOperation;
import io.newsflow.publish.bulk.ItemOutcome;
import io.newsflow.publish.bulk.OperationCallback;
import io.newsflow.publish.kafka.ArticleOperations;
import io.newsflow.publish.kafka.ArticleRecord;
import io.newsflow.publish.kafka.ArticleRecordReader;
import io.newsflow.servicesupport.compacted.CompactedTopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies a range of some partitions of the compacted {@code news.enriched} topic into an index set: each record becomes
 * the same upsert or delete the live service would send, so no article is enriched again. Reads
 * with its own partition assignment (no consumer group, nothing committed), and holds at most
 * {@code maxPending} operations in memory.
 */
final class TopicCopier {

    private static final Logger log = LoggerFactory.getLogger(TopicCopier.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final BulkIndexer indexer;
    private final ArticleOperations operations;
    private final ArticleRecordReader reader = new ArticleRecordReader();
    private final Semaphore pending;
    private final int maxPending;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    TopicCopier(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions, BulkIndexer indexer,
                ArticleOperations operations, int maxPending) {
        this.consumer = consumer;
        this.partitions = List.copyOf(partitions);
        this.indexer = indexer;
        this.operations = operations;
        this.maxPending = maxPending;
        this.pending = new Semaphore(maxPending);
        consumer.assign(partitions);
    }

    /** Copies from the start of the topic to its current end; returns where it stopped. */
    Map<TopicPartition, Long> copyFromBeginning() throws InterruptedException {
        consumer.seekToBeginning(partitions);
        return copyToCurrentEnd();
    }

    /** Copies from where the previous copy stopped to the topic's current end. */
    Map<TopicPartition, Long> copyToCurrentEnd() throws InterruptedException {
        Map<TopicPartition, Long> end;
        try {
            end = CompactedTopicReader.readToEnd(consumer, this::copyOrStop);
        } catch (CopyInterrupted e) {
            throw e.interrupted;
        }
        indexer.flush();
        pending.acquire(maxPending); // every operation of this pass answered
        pending.release(maxPending);
        return end;
    }

    /** Carries an interruption out of the reading pass, which takes no checked exceptions. */
    private static final class CopyInterrupted extends RuntimeException {
        private final InterruptedException interrupted;

        CopyInterrupted(InterruptedException interrupted) {
            super(interrupted);
            this.interrupted = interrupted;
        }
    }

    private void copyOrStop(ConsumerRecord<String, byte[]> record) {
        try {
            copy(record);
        } catch (InterruptedException e) {
            throw new CopyInterrupted(e);
        }
    }

    long written() {
        return written.get();
    }

    long deleted() {
        return deleted.get();
    }

    long skipped() {
        return skipped.get();
    }

    private void copy(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        ArticleRecord parsed = reader.read(record.key(), record.value(), record.headers());
        DocumentOperation operation = operations.forRecord(parsed);
        if (operation == null) {
            // Unreadable (the live service dead-lettered it already), past retention, or nothing to retract.
            skipped.incrementAndGet();
            return;
        }
        pending.acquire();
        indexer.submit(operation, new OperationCallback() {
            @Override
            public void completed(ItemOutcome outcome) {
                (operation.kind() == DocumentOperation.Kind.DELETE ? deleted : written).incrementAndGet();
                pending.release();
            }

            @Override
            public void rejected(String errorType, String reason) {
                log.warn("Skipped {} ({}): {} {}", record.key(), record.offset(), errorType, reason);
                skipped.incrementAndGet();
                pending.release();
            }
        });
    }
}
