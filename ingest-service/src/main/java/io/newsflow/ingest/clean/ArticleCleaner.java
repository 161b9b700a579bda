package io.newsflow.ingest.clean;

import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.normalize.TextNormalizer;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Boilerplate removal for every input: the rules first (deterministic, the same text always gives
 * the same result), then the paragraphs this source repeats in its articles (learned, so the result
 * can change as the service learns; duplicate detection therefore compares rule-cleaned text).
 */
@Component
public class ArticleCleaner {

    private final RecurringParagraphs recurring;

    public ArticleCleaner(IngestProperties properties) {
        IngestProperties.Cleaning cleaning = properties.cleaning();
        this.recurring = new RecurringParagraphs(cleaning.recurringThreshold(), cleaning.maxSources(), cleaning.maxParagraphsPerSource());
    }

    /** The body's paragraphs without rule-recognised boilerplate. */
    public List<String> byRules(String body, String title, List<String> authors) {
        return SelfPromotion.remove(BoilerplateFilter.clean(TextNormalizer.paragraphs(body), title == null ? "" : title, authors));
    }

    /** The paragraphs without those this source was seen to repeat across its articles. */
    public List<String> withoutRecurring(String source, List<String> paragraphs) {
        return recurring.remove(source, paragraphs);
    }

    /** Remembers a published article's paragraphs for its source. */
    public void learn(String source, String articleId, List<String> paragraphs) {
        recurring.learn(source, articleId, paragraphs);
    }
}
