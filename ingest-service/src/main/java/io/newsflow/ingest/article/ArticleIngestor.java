package io.newsflow.ingest.article;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.InboundArticle;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Source;
import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.ingest.identity.ArticleIdentity;
import io.newsflow.ingest.identity.DuplicateDetector;
import io.newsflow.ingest.identity.IdentitySession;
import io.newsflow.ingest.language.LanguageDetection;
import io.newsflow.ingest.normalize.SourceResolver;
import io.newsflow.ingest.normalize.TextNormalizer;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The path every input takes, whatever transport it came by: normalise, remove boilerplate,
 * validate, detect the language, identify, and decide between new article, new revision and
 * duplicate. Writing the result is the caller's job, inside the caller's Kafka transaction.
 */
@Service
public class ArticleIngestor {

    private final Clock clock;
    private final ArticleCleaner cleaner;
    private final LanguageDetection languages;
    private final long maxArticleBytes;

    public ArticleIngestor(Clock clock, ArticleCleaner cleaner, LanguageDetection languages, IngestProperties properties) {
        this.clock = clock;
        this.cleaner = cleaner;
        this.languages = languages;
        this.maxArticleBytes = properties.maxArticleSize().toBytes();
    }

    public IngestResult ingest(ArticleDraft draft, IdentitySession session) {
        InboundArticle normalized = InboundNormalizer.normalize(draft.article());
        List<String> ruleCleaned = normalized.body() == null ? List.of()
                : cleaner.byRules(normalized.body(), normalized.title(), normalized.authors());
        InboundArticle cleaned = InboundNormalizer.withBody(normalized, join(ruleCleaned));
        Optional<Rejection> invalid = ArticleValidator.check(cleaned, clock.instant());
        if (invalid.isPresent()) {
            return new IngestResult.Rejected(invalid.get());
        }
        Source source = SourceResolver.resolve(cleaned.source(), cleaned.url());
        String sourceKey = source.domain() != null ? source.domain() : source.name();
        String body = join(cleaner.withoutRecurring(sourceKey, ruleCleaned));
        InboundArticle clean = InboundNormalizer.withBody(cleaned, body);
        RawArticle article = RawArticleFactory.build(clean, source, languages.detect(clean.title(), body, clean.language()),
                draft.leadImage(), clock.instant());
        int size = ArticleJson.write(article).length;
        if (size > maxArticleBytes) {
            return new IngestResult.Rejected(RejectionReason.TOO_LARGE,
                    "the clean article is " + size + " bytes; the limit is " + maxArticleBytes);
        }
        // Compared on rule-cleaned text: what the learned cleaning removes changes as it learns, the input does not.
        String comparableHash = ArticleIdentity.contentHash(cleaned.title(), cleaned.subtitle(), cleaned.body());
        Instant versionTime = clean.updatedAt() != null ? clean.updatedAt() : clean.publishedAt();
        return switch (DuplicateDetector.decide(session, article.id(), comparableHash, body, versionTime,
                article.receivedAt())) {
            case DuplicateDetector.Decision.Duplicate duplicate -> new IngestResult.Duplicate(article.id(), duplicate.revision());
            case DuplicateDetector.Decision.Stale stale -> new IngestResult.Stale(article.id(), stale.revision());
            case DuplicateDetector.Decision.Publish publish -> {
                cleaner.learn(sourceKey, article.id(), ruleCleaned);
                yield new IngestResult.Accepted(RawArticleFactory.withState(article, publish.state()), publish.state());
            }
        };
    }

    private static String join(List<String> paragraphs) {
        return paragraphs.isEmpty() ? null : String.join(TextNormalizer.PARAGRAPH_BREAK, paragraphs);
    }
}
