package io.newsflow.ingest.http;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.article.ArticleIngestor;
import io.newsflow.ingest.article.IngestMetrics;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.input.InboundItem;
import io.newsflow.ingest.kafka.RawArticleWriter;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * Ingests the items of one request and writes the accepted ones in one Kafka transaction, so the
 * answer can say "accepted" only for what Kafka has durably taken.
 */
@Service
class ArticleSubmission {

    private final ArticleIngestor ingestor;
    private final RawArticleWriter writer;
    private final IngestMetrics metrics;

    ArticleSubmission(ArticleIngestor ingestor, RawArticleWriter writer, IngestMetrics metrics) {
        this.ingestor = ingestor;
        this.writer = writer;
        this.metrics = metrics;
    }

    List<ItemResult> submit(List<InboundItem> items) {
        List<ItemResult> results = new ArrayList<>(items.size());
        List<RawArticle> accepted = new ArrayList<>();
        List<IngestResult> outcomes = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            IngestResult result = switch (items.get(index)) {
                case InboundItem.Article article -> ingestor.ingest(article.article());
                case InboundItem.Unreadable unreadable -> new IngestResult.Rejected(unreadable.rejection());
            };
            if (result instanceof IngestResult.Accepted a) {
                accepted.add(a.article());
            }
            outcomes.add(result);
            results.add(ItemResult.of(index, result));
        }
        writer.writeAll(accepted);
        outcomes.forEach(outcome -> metrics.record(IngestMetrics.Channel.HTTP, outcome));
        return results;
    }
}
