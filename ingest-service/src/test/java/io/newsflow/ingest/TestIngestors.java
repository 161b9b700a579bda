package io.newsflow.ingest;

import io.newsflow.ingest.article.ArticleIngestor;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.identity.DuplicateIndex;
import io.newsflow.ingest.identity.IdentitySession;
import io.newsflow.ingest.input.ArticleInputReader;
import io.newsflow.ingest.input.HtmlArticleReader;
import io.newsflow.ingest.language.LanguageDetection;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** The ingest pipeline without Spring or Kafka, with the service's default settings, for unit tests. */
public final class TestIngestors {

    public static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private static final LanguageDetection LANGUAGES = new LanguageDetection();

    private TestIngestors() {
    }

    public static IngestProperties properties(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("newsflow.ingest", IngestProperties.class);
    }

    public static ArticleIngestor ingestor() {
        IngestProperties properties = properties(Map.of());
        return new ArticleIngestor(Clock.fixed(NOW, ZoneOffset.UTC), new ArticleCleaner(properties), LANGUAGES, properties);
    }

    public static ArticleInputReader inputReader() {
        return new ArticleInputReader(new HtmlArticleReader(new ArticleExtractor()));
    }

    public static IdentitySession session() {
        return new IdentitySession(new DuplicateIndex(1000));
    }
}
