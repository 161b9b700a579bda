package io.newsflow.enrich.enrichment;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.RawArticle;
import io.newsflow.enrich.tagging.ArticleTagger;
import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.tagging.Tags;
import io.newsflow.enrich.text.EnglishCheck;

import java.time.Clock;
import java.util.Objects;

/**
 * Turns a raw article into an enriched one: checks it can be enriched, skips the English taggers
 * for other languages (no entities is better than wrong ones), caps very long bodies, tags.
 */
public final class ArticleEnricher {

    private final ArticleTagger tagger;
    private final int maxTaggedChars;
    private final Clock clock;

    public ArticleEnricher(ArticleTagger tagger, int maxTaggedChars, Clock clock) {
        this.tagger = tagger;
        this.maxTaggedChars = maxTaggedChars;
        this.clock = clock;
    }

    /** @throws UnenrichableArticleException when no retry could enrich this article */
    public EnrichedArticle enrich(RawArticle article) {
        validate(article);
        String body = article.body() == null ? "" : article.body();
        String tagged = BodyTruncation.truncate(body, maxTaggedChars);
        boolean truncated = tagged.length() < body.length();
        Tags tags = EnglishCheck.isEnglish(article.language(), Objects.toString(article.title(), "") + "\n" + tagged)
                ? tag(article, tagged)
                : Tags.NONE;
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, article, tags.entities(), tags.topics(),
                tags.keywords(), clock.instant(), tagger.version(), truncated);
    }

    private Tags tag(RawArticle article, String body) {
        try {
            return tagger.tag(ArticleText.of(article.title(), article.subtitle(), body));
        } catch (RuntimeException e) {
            throw new UnenrichableArticleException("tagging-failed", "tagger failed on article " + article.id(), e);
        }
    }

    private static void validate(RawArticle article) {
        if (article.id() == null || article.id().isBlank()) {
            throw new UnenrichableArticleException("missing-id", "article has no id");
        }
        if (isBlank(article.title()) && isBlank(article.body())) {
            throw new UnenrichableArticleException("missing-text", "article " + article.id() + " has neither title nor body");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
