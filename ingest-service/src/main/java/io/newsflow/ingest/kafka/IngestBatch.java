package io.newsflow.ingest.kafka;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.ingest.article.ArticleDraft;
import io.newsflow.ingest.article.ArticleIngestor;
import io.newsflow.ingest.article.IngestMetrics;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.article.Rejection;
import io.newsflow.ingest.identity.IdentitySession;
import io.newsflow.servicesupport.KafkaRecordObservations;
import io.newsflow.servicesupport.edge.StageEdge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * The articles ingested within one Kafka transaction. Each accepted article is sent to news.raw
 * together with its id's new state; what the batch decided reaches the shared identity index, and
 * its outcomes the metrics, only once the transaction has committed.
 */
public final class IngestBatch {

    private static final Logger log = LoggerFactory.getLogger(IngestBatch.class);

    private final ArticleIngestor ingestor;
    private final KafkaTemplate<String, byte[]> template;
    private final StageEdge edge;
    private final IdentitySession session;
    private final IngestMetrics metrics;
    private final IngestMetrics.Channel channel;
    private final List<IngestResult> results = new ArrayList<>();

    IngestBatch(ArticleIngestor ingestor, KafkaTemplate<String, byte[]> template, StageEdge edge, IdentitySession session,
                IngestMetrics metrics, IngestMetrics.Channel channel) {
        this.ingestor = ingestor;
        this.template = template;
        this.edge = edge;
        this.session = session;
        this.metrics = metrics;
        this.channel = channel;
    }

    public IngestResult ingest(ArticleDraft draft) {
        IngestResult result = ingestor.ingest(draft, session);
        if (result instanceof IngestResult.Accepted accepted) {
            String id = accepted.article().id();
            try (MDC.MDCCloseable ignored = MDC.putCloseable(KafkaRecordObservations.ARTICLE_ID, id)) {
                edge.sent(template.send(KafkaTopics.RAW, id, ArticleJson.write(accepted.article())));
                edge.sent(template.send(IngestTopics.STATE, id, StateJson.write(accepted.state())));
                log.info("Accepted article {} revision {} via {}: {}", id, accepted.article().revision(),
                        channel.name().toLowerCase(), accepted.article().title());
            }
        }
        results.add(result);
        return result;
    }

    /** Counts an input that could not even be read as an article. */
    public IngestResult reject(Rejection rejection) {
        IngestResult result = new IngestResult.Rejected(rejection);
        results.add(result);
        return result;
    }

    void committed() {
        session.commit();
        results.forEach(result -> metrics.record(channel, result));
    }
}
