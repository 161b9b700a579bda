package io.newsflow.contract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleJsonTest {

    private static final RawArticle RAW = new RawArticle(RawArticle.SCHEMA_VERSION, "a1b2", 2,
            "https://www.example.com/news/1?utm_source=x", "https://example.com/news/1",
            new Source("Example News", "example.com"), "Title", null, "Body text.", List.of("Jane Roe"), "en",
            Instant.parse("2026-11-01T10:15:30Z"), null, Instant.parse("2026-11-01T10:16:00Z"),
            null, "sha256:abc", null);

    @Test
    void rawArticleSurvivesARoundTrip() {
        RawArticle back = ArticleJson.read(ArticleJson.write(RAW), RawArticle.class);

        assertThat(back).isEqualTo(RAW);
    }

    @Test
    void datesAreWrittenAsIsoStringsAndNullsAreOmitted() {
        String json = new String(ArticleJson.write(RAW), StandardCharsets.UTF_8);

        assertThat(json).contains("\"publishedAt\":\"2026-11-01T10:15:30Z\"")
                .doesNotContain("subtitle")
                .doesNotContain("updatedAt");
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        String json = """
                {"schemaVersion":2,"id":"x1","revision":1,"title":"T","body":"B",
                 "sentiment":{"score":0.4},"source":{"name":"S","domain":"s.org","country":"NO"}}
                """;

        RawArticle article = ArticleJson.read(json.getBytes(StandardCharsets.UTF_8), RawArticle.class);

        assertThat(article.id()).isEqualTo("x1");
        assertThat(article.source()).isEqualTo(new Source("S", "s.org"));
        assertThat(article.authors()).isEmpty();
    }

    @Test
    void enrichedArticleCarriesTheRawArticleAndItsTags() {
        EnrichedArticle enriched = new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, RAW,
                List.of(new Entity("Jane Roe", EntityType.PERSON, 3, 0.8, List.of("Jane Roe", "Ms Roe"))),
                List.of(new TopicScore("medtop:11000000", "politics", 0.93)),
                List.of(new Keyword("budget vote", 0.7)),
                Instant.parse("2026-11-01T10:16:01Z"), "enrich-test", false);

        EnrichedArticle back = ArticleJson.read(ArticleJson.write(enriched), EnrichedArticle.class);

        assertThat(back).isEqualTo(enriched);
        assertThat(back.id()).isEqualTo("a1b2");
        assertThat(back.entities().getFirst().type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void deadLetterTopicNamesFollowOneRule() {
        assertThat(KafkaTopics.deadLetter(KafkaTopics.INBOUND)).isEqualTo("news.inbound-dlt");
        assertThat(KafkaTopics.deadLetter(KafkaTopics.RAW)).isEqualTo("news.raw-dlt");
        assertThat(KafkaTopics.deadLetter(KafkaTopics.ENRICHED)).isEqualTo("news.enriched-dlt");
    }
}
