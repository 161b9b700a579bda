package io.newsflow.enrich.enrichment;

import io.newsflow.contract.DeadLetterReason;
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

    /**
     * @throws UnenrichableArticleException when no retry could enrich this article; what the tagger
     *                                      throws is thrown on as it is, for the stage's edge to tell
     *                                      a text the tagger chokes on from a tagger that is broken
     */
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
        return tagger.tag(ArticleText.of(article.title(), article.subtitle(), body));
    }

    private static void validate(RawArticle article) {
        if (article.id() == null || article.id().isBlank()) {
            throw new UnenrichableArticleException(DeadLetterReason.MISSING_ID, "article has no id");
        }
        if (isBlank(article.title()) && isBlank(article.body())) {
            throw new UnenrichableArticleException(DeadLetterReason.MISSING_TEXT, "article " + article.id() + " has neither title nor body");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
