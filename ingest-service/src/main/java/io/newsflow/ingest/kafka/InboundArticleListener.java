package io.newsflow.ingest.kafka;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.ingest.article.ArticleIngestor;
import io.newsflow.ingest.article.IngestMetrics;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.article.RejectedInputException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Consumes news.inbound. Each poll is one Kafka transaction (read-process-write): the raw articles,
 * the dead letters and the consumed offsets commit together or not at all. A batch, not a record,
 * per transaction, because a commit costs a broker round trip and would cap throughput.
 *
 * <p>Values are taken as bytes (no JSON deserializer that could fail before we see the record):
 * how to read a value depends on its content-type header, and a dead letter must carry the
 * original bytes.
 */
@Component
class InboundArticleListener {

    private static final Logger log = LoggerFactory.getLogger(InboundArticleListener.class);

    private final InboundRecordReader reader;
    private final ArticleIngestor ingestor;
    private final RawArticleWriter writer;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final IngestMetrics metrics;

    InboundArticleListener(InboundRecordReader reader, ArticleIngestor ingestor, RawArticleWriter writer,
                           DeadLetterPublishingRecoverer deadLetters, IngestMetrics metrics) {
        this.reader = reader;
        this.ingestor = ingestor;
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @KafkaListener(id = "inbound-articles", idIsGroup = false, topics = KafkaTopics.INBOUND, batch = "true")
    void onRecords(List<ConsumerRecord<String, byte[]>> records) {
        records.forEach(this::onRecord);
    }

    private void onRecord(ConsumerRecord<String, byte[]> record) {
        IngestResult result;
        try {
            result = ingestor.ingest(reader.read(record));
        } catch (RejectedInputException e) {
            result = new IngestResult.Rejected(e.rejection());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug or an input our parsers choke on: retrying gives the same result, so park it.
            log.warn("Could not process {}-{}@{}; dead-lettering it", record.topic(), record.partition(), record.offset(), e);
            deadLetters.accept(record, null, e instanceof Exception ex ? ex : new IllegalStateException(e));
            metrics.failed(IngestMetrics.Channel.TOPIC);
            return;
        }
        metrics.record(IngestMetrics.Channel.TOPIC, result);
        switch (result) {
            case IngestResult.Accepted accepted -> writer.send(accepted.article());
            case IngestResult.Duplicate duplicate -> log.debug("Duplicate of {} revision {} dropped", duplicate.id(), duplicate.revision());
            case IngestResult.Rejected rejected -> deadLetters.accept(record, null,
                    new RejectedInputException(rejected.rejection().reason(), rejected.rejection().detail()));
        }
    }
}
