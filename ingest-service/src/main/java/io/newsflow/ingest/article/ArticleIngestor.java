package io.newsflow.ingest.article;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.InboundArticle;
import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.IngestProperties;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/**
 * The path every input takes, whatever transport it came by: normalise, validate, identify.
 * Writing the result is the caller's job, inside the caller's Kafka transaction.
 */
@Service
public class ArticleIngestor {

    private final Clock clock;
    private final long maxArticleBytes;

    public ArticleIngestor(Clock clock, IngestProperties properties) {
        this.clock = clock;
        this.maxArticleBytes = properties.maxArticleSize().toBytes();
    }

    public IngestResult ingest(InboundArticle inbound) {
        InboundArticle normalized = InboundNormalizer.normalize(inbound);
        Optional<Rejection> invalid = ArticleValidator.check(normalized);
        if (invalid.isPresent()) {
            return new IngestResult.Rejected(invalid.get());
        }
        RawArticle article = RawArticleFactory.firstRevision(normalized, clock.instant());
        int size = ArticleJson.write(article).length;
        if (size > maxArticleBytes) {
            return new IngestResult.Rejected(RejectionReason.TOO_LARGE,
                    "the clean article is " + size + " bytes; the limit is " + maxArticleBytes);
        }
        return new IngestResult.Accepted(article);
    }
}
