package io.newsflow.ingest.http;

import io.newsflow.ingest.article.IngestMetrics;
import io.newsflow.ingest.input.InboundItem;
import io.newsflow.ingest.kafka.IngestTransactions;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Ingests the items of one request in one Kafka transaction, so the answer can say "accepted"
 * only for what Kafka has durably taken.
 */
@Service
class ArticleSubmission {

    private final IngestTransactions transactions;

    ArticleSubmission(IngestTransactions transactions) {
        this.transactions = transactions;
    }

    List<ItemResult> submit(List<InboundItem> items) {
        return transactions.inNewTransaction(IngestMetrics.Channel.HTTP, batch -> {
            List<ItemResult> results = new ArrayList<>(items.size());
            for (int index = 0; index < items.size(); index++) {
                results.add(ItemResult.of(index, switch (items.get(index)) {
                    case InboundItem.Article article -> batch.ingest(article.draft());
                    case InboundItem.Unreadable unreadable -> batch.reject(unreadable.rejection());
                }));
            }
            return results;
        });
    }
}
