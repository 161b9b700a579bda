package io.newsflow.ingest.kafka;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.RawArticle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.kafka.transaction.KafkaTransactionManager;

import java.util.List;

/**
 * Writes raw articles to news.raw, keyed by id, always inside a Kafka transaction: the listener's
 * (so the inbound offsets commit with them) or one of its own for HTTP and feeds (so a caller is
 * told "accepted" only once every article of its request is durably written).
 */
@Component
public class RawArticleWriter {

    private final KafkaTemplate<String, byte[]> template;
    private final TransactionTemplate transactions;

    RawArticleWriter(KafkaTemplate<String, byte[]> template, KafkaTransactionManager<?, ?> transactionManager) {
        this.template = template;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Sends within the transaction already running on this thread. */
    public void send(RawArticle article) {
        template.send(KafkaTopics.RAW, article.id(), ArticleJson.write(article));
    }

    /** Writes the articles in a transaction of their own; returns once the broker committed it. */
    public void writeAll(List<RawArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> articles.forEach(this::send));
    }
}
