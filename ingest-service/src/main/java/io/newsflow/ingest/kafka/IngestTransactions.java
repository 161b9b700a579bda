package io.newsflow.ingest.kafka;

import io.newsflow.ingest.article.ArticleIngestor;
import io.newsflow.ingest.article.IngestMetrics;
import io.newsflow.servicesupport.edge.StageEdge;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Function;

/**
 * Ingest batches bound to Kafka transactions: the listener's own (read-process-write, so the
 * inbound offsets commit with the articles) or a new one for HTTP requests and feed polls (so a
 * caller hears "accepted" only once all of its articles are durably written).
 */
@Component
public class IngestTransactions {

    private final ArticleIngestor ingestor;
    private final KafkaTemplate<String, byte[]> template;
    private final StageEdge edge;
    private final IdentityStore identities;
    private final IngestMetrics metrics;
    private final TransactionTemplate transactions;

    IngestTransactions(ArticleIngestor ingestor, KafkaTemplate<String, byte[]> template, StageEdge edge,
                       IdentityStore identities, IngestMetrics metrics, KafkaTransactionManager<?, ?> transactionManager) {
        this.ingestor = ingestor;
        this.template = template;
        this.edge = edge;
        this.identities = identities;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Runs the work in a transaction of its own; returns once Kafka committed it. */
    public <T> T inNewTransaction(IngestMetrics.Channel channel, Function<IngestBatch, T> work) {
        return transactions.execute(status -> work.apply(joinCurrent(channel)));
    }

    /** A batch within the Kafka transaction running on this thread. */
    public IngestBatch joinCurrent(IngestMetrics.Channel channel) {
        IngestBatch batch = new IngestBatch(ingestor, template, edge, identities.newSession(), metrics, channel);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    batch.committed();
                }
            }
        });
        return batch;
    }
}
