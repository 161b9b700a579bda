package io.newsflow.enrich.evaluation;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.article.ArticleIngestor;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.identity.DuplicateIndex;
import io.newsflow.ingest.identity.IdentitySession;
import io.newsflow.ingest.input.ArticleInputReader;
import io.newsflow.ingest.input.HtmlArticleReader;
import io.newsflow.ingest.input.InboundItem;
import io.newsflow.ingest.input.InputHints;
import io.newsflow.ingest.language.LanguageDetection;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What ingest makes of a whole HTML page posted as {@code text/html}, without Spring or Kafka:
 * its input reader (extraction) and its ingestor (cleaning, normalisation, validation, language),
 * with the service's default settings. The one place this module depends on ingest's classes.
 */
final class IngestPath {

    private final ArticleInputReader reader = new ArticleInputReader(new HtmlArticleReader(new ArticleExtractor()));
    private final ArticleIngestor ingestor;

    IngestPath() {
        IngestProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("newsflow.ingest", IngestProperties.class);
        ingestor = new ArticleIngestor(Clock.systemUTC(), new ArticleCleaner(defaults), new LanguageDetection(), defaults);
    }

    /** The clean article ingest would publish, or empty when it rejects the page. */
    Optional<RawArticle> read(byte[] html, String url) {
        List<InboundItem> items = reader.read(html, "text/html", new InputHints(url, null, null));
        if (items.isEmpty() || !(items.getFirst() instanceof InboundItem.Article article)) {
            return Optional.empty();
        }
        // A fresh identity per page: pages are not revisions or duplicates of one another here.
        IngestResult result = ingestor.ingest(article.draft(), new IdentitySession(new DuplicateIndex(10)));
        return result instanceof IngestResult.Accepted accepted ? Optional.of(accepted.article()) : Optional.empty();
    }
}
