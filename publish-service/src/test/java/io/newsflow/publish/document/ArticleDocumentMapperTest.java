package io.newsflow.publish.document;

import io.newsflow.contract.ArticleJson;
import io.newsflow.publish.ArticleFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDocumentMapperTest {

    private final ArticleDocumentMapper mapper =
            new ArticleDocumentMapper(Clock.fixed(Instant.parse("2026-11-26T21:50:05Z"), ZoneOffset.UTC));

    @Test
    void flattensEntitiesPerTypeAndKeepsTheNestedList() {
        ArticleDocument doc = mapper.toDocument(ArticleFixtures.article("a1", 2, "Leaders clash over housing"));

        assertThat(doc.id()).isEqualTo("a1");
        assertThat(doc.revision()).isEqualTo(2);
        assertThat(doc.people()).containsExactly("Helen Carter", "Marcus Reid");
        assertThat(doc.organizations()).containsExactly("BBC");
        assertThat(doc.locations()).containsExactly("London", "Cardiff");
        assertThat(doc.misc()).isEmpty();
        assertThat(doc.entities()).hasSize(5).first()
                .satisfies(e -> assertThat(e.type()).isEqualTo("PERSON"));
        assertThat(doc.topics()).singleElement().satisfies(t -> assertThat(t.label()).isEqualTo("politics"));
        assertThat(doc.keywords()).containsExactly("housing", "final debate");
        assertThat(doc.indexedAt()).isEqualTo(Instant.parse("2026-11-26T21:50:05Z"));
    }

    @Test
    void writesIsoDatesAndOmitsNulls() {
        JsonNode json = ArticleJson.mapper().readTree(ArticleJson.write(
                mapper.toDocument(ArticleFixtures.article("a1", 1, "Leaders clash over housing"))));

        assertThat(json.path("publishedAt").asString()).isEqualTo("2026-11-26T21:45:00Z");
        assertThat(json.path("source").path("domain").asString()).isEqualTo("capitalherald.example");
        assertThat(json.has("updatedAt")).isFalse();
        assertThat(json.path("entities").get(0).path("surfaceForms").get(1).asString()).isEqualTo("Ms Carter");
    }
}
