package io.newsflow.enrich.enrichment;

import io.newsflow.contract.DeadLetterReason;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Source;
import io.newsflow.enrich.tagging.ArticleTagger;
import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.tagging.Tags;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleEnricherTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    /** Records what it was asked to tag and answers with one entity. */
    private static final class RecordingTagger implements ArticleTagger {
        final List<ArticleText> tagged = new ArrayList<>();

        @Override
        public Tags tag(ArticleText article) {
            tagged.add(article);
            return new Tags(List.of(new Entity("Leeds", EntityType.LOCATION, 1, 0.5, List.of("Leeds"))), List.of(), List.of());
        }

        @Override
        public String version() {
            return "test-tagger";
        }
    }

    private final RecordingTagger tagger = new RecordingTagger();
    private final ArticleEnricher enricher = new ArticleEnricher(tagger, 1000, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anEnglishArticleIsTaggedAndStamped() {
        EnrichedArticle enriched = enricher.enrich(article("a1", "en", "Council meets in Leeds", "The council met in Leeds."));

        assertThat(enriched.entities()).extracting(Entity::name).containsExactly("Leeds");
        assertThat(enriched.enrichedAt()).isEqualTo(NOW);
        assertThat(enriched.enricherVersion()).isEqualTo("test-tagger");
        assertThat(enriched.truncatedForTagging()).isFalse();
        assertThat(enriched.id()).isEqualTo("a1");
    }

    @Test
    void anArticleInAnotherDeclaredLanguageIsPassedOnUntagged() {
        EnrichedArticle enriched = enricher.enrich(article("a2", "de", "Merkel in Berlin", "Die Kanzlerin sprach in Berlin."));

        assertThat(enriched.entities()).isEmpty();
        assertThat(enriched.article().language()).isEqualTo("de");
        assertThat(tagger.tagged).isEmpty();
    }

    @Test
    void anUndeclaredLanguageIsJudgedFromTheText() {
        enricher.enrich(article("a3", null, "Regierung plant Reform",
                "Die Bundesregierung will die Reform noch in diesem Jahr beschließen, sagte ein Sprecher am Montag in Berlin."));
        enricher.enrich(article("a4", null, "Council plans reform",
                "The government wants to pass the reform this year, a spokesman said on Monday in London."));

        assertThat(tagger.tagged).extracting(ArticleText::title).containsExactly("Council plans reform");
    }

    @Test
    void aLongBodyIsCutAtAParagraphForTaggingAndFlagged() {
        String paragraph = "x".repeat(299) + "\n\n";
        String body = paragraph.repeat(10);

        EnrichedArticle enriched = enricher.enrich(article("a5", "en", "Long", body));

        assertThat(enriched.truncatedForTagging()).isTrue();
        assertThat(enriched.article().body()).isEqualTo(body);
        assertThat(tagger.tagged.getFirst().text()).hasSizeLessThanOrEqualTo("Long\n\n".length() + 1000).endsWith("x");
    }

    @Test
    void anArticleWithoutIdOrTextCannotBeEnriched() {
        assertThatThrownBy(() -> enricher.enrich(article(null, "en", "T", "B")))
                .isInstanceOfSatisfying(UnenrichableArticleException.class, e -> assertThat(e.reasonCode()).isEqualTo(DeadLetterReason.MISSING_ID));
        assertThatThrownBy(() -> enricher.enrich(article("a6", "en", " ", null)))
                .isInstanceOfSatisfying(UnenrichableArticleException.class, e -> assertThat(e.reasonCode()).isEqualTo(DeadLetterReason.MISSING_TEXT));
    }

    @Test
    void aTaggerFailureIsThrownOnAsItIsNotDeclaredTheArticlesFault() {
        ArticleTagger failing = new ArticleTagger() {
            @Override
            public Tags tag(ArticleText article) {
                throw new IllegalStateException("boom");
            }

            @Override
            public String version() {
                return "failing";
            }
        };

        assertThatThrownBy(() -> new ArticleEnricher(failing, 1000, Clock.systemUTC()).enrich(article("a7", "en", "T", "B")))
                .isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    private static RawArticle article(String id, String language, String title, String body) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, 1, null, null, new Source("Test", "test.example"), title, null,
                body, List.of(), language, null, null, NOW, null, null, null);
    }
}
