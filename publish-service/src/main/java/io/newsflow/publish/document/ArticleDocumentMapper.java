package io.newsflow.publish.document;

import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Keyword;
import io.newsflow.contract.RawArticle;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Turns an enriched article event into the document readers see. Pure: no I/O. */
public final class ArticleDocumentMapper {

    private final Clock clock;

    public ArticleDocumentMapper(Clock clock) {
        this.clock = clock;
    }

    public ArticleDocument toDocument(EnrichedArticle enriched) {
        RawArticle article = enriched.article();
        List<Entity> entities = enriched.entities();
        return new ArticleDocument(
                article.id(),
                article.revision(),
                article.url(),
                article.canonicalUrl(),
                article.source(),
                article.title(),
                article.subtitle(),
                article.body(),
                article.authors(),
                article.language(),
                article.publishedAt(),
                article.updatedAt(),
                article.receivedAt(),
                article.routingDate(),
                enriched.enrichedAt(),
                clock.instant(),
                article.leadImage(),
                article.contentHash(),
                article.duplicateOf(),
                entities.stream().map(ArticleDocumentMapper::entityField).toList(),
                namesOf(entities, EntityType.PERSON),
                namesOf(entities, EntityType.ORGANIZATION),
                namesOf(entities, EntityType.LOCATION),
                namesOf(entities, EntityType.MISC),
                enriched.topics().stream()
                        .map(t -> new ArticleDocument.TopicField(t.code(), t.label(), t.score()))
                        .toList(),
                enriched.keywords().stream().map(Keyword::text).filter(Objects::nonNull).distinct().toList(),
                enriched.enricherVersion(),
                enriched.truncatedForTagging());
    }

    private static ArticleDocument.EntityField entityField(Entity entity) {
        return new ArticleDocument.EntityField(
                entity.name(),
                entity.type() == null ? null : entity.type().name(),
                entity.mentions(),
                entity.salience(),
                entity.surfaceForms());
    }

    private static List<String> namesOf(List<Entity> entities, EntityType type) {
        return entities.stream()
                .filter(e -> e.type() == type && e.name() != null)
                .map(Entity::name)
                .distinct()
                .toList();
    }
}
