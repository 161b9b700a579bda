package io.newsflow.ingest.kafka;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.ingest.article.IngestMetrics;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.servicesupport.KafkaRecordObservations;
import io.newsflow.servicesupport.edge.DeadLetters;
import io.newsflow.servicesupport.edge.StageEdge;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Consumes news.inbound. Each poll is one Kafka transaction (read-process-write): raw articles,
 * their state records, dead letters and the consumed offsets commit together or not at all. A
 * batch, not a record, per transaction, because a commit costs a broker round trip and would cap
 * throughput.
 *
 * <p>Values are taken as bytes (no JSON deserializer that could fail before we see the record):
 * how to read a value depends on its content-type header, and a dead letter must carry the
 * original bytes.
 *
 * <p>Failures follow the shared edge's policy ({@link StageEdge}): a record that cannot become an
 * article is dead-lettered inside the transaction; a broker failure rolls the batch back and it is
 * retried; an undeclared failure is dead-lettered as processing-failed unless it happens to every
 * record, which stops the stage.
 */
@Component
class InboundArticleListener {

    private final InboundRecordReader reader;
    private final IngestTransactions transactions;
    private final DeadLetters deadLetters;
    private final StageEdge edge;
    private final IngestMetrics metrics;
    private final KafkaRecordObservations observations;

    InboundArticleListener(InboundRecordReader reader, IngestTransactions transactions,
                           DeadLetters deadLetters, StageEdge edge, IngestMetrics metrics,
                           KafkaRecordObservations observations) {
        this.reader = reader;
        this.transactions = transactions;
        this.deadLetters = deadLetters;
        this.edge = edge;
        this.metrics = metrics;
        this.observations = observations;
    }

    @KafkaListener(id = "inbound-articles", idIsGroup = false, topics = KafkaTopics.INBOUND, batch = "true")
    void onRecords(List<ConsumerRecord<String, byte[]>> records) {
        IngestBatch batch = transactions.joinCurrent(IngestMetrics.Channel.TOPIC);
        records.forEach(record -> observe(batch, record));
    }

    /**
     * Each record in an observation of its own (timer newsflow.ingest.processing; a span continuing
     * the feeder's trace if the record carries a traceparent header, else starting one), so the raw
     * article and the logs carry its trace id. The article id is known only once the record is
     * read: IngestBatch puts it into the logging context.
     */
    private void observe(IngestBatch batch, ConsumerRecord<String, byte[]> record) {
        observations.observe("newsflow.ingest.processing", "inbound-articles", record, null, () -> onRecord(batch, record));
    }

    private void onRecord(IngestBatch batch, ConsumerRecord<String, byte[]> record) {
        try {
            if (batch.ingest(reader.read(record)) instanceof IngestResult.Rejected rejected) {
                deadLetters.send(record, new RejectedInputException(rejected.rejection().reason(), rejected.rejection().detail()));
            }
            edge.succeeded();
        } catch (RejectedInputException e) {
            batch.reject(e.rejection());
            deadLetters.send(record, e);
        } catch (RuntimeException | StackOverflowError e) {
            // Dead-lettered (an input a parser chokes on), or thrown on: a broker failure, a broken stage.
            edge.failed(record, e);
            metrics.failed(IngestMetrics.Channel.TOPIC);
        }
    }
}
