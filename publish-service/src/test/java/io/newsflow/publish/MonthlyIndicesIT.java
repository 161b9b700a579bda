package io.newsflow.publish;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.publish.index.IndexNames;
import io.newsflow.publish.index.IndexPeriod;
import io.newsflow.publish.index.IndexRetention;
import io.newsflow.publish.index.RetentionPolicy;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** One index per month of an article's first receipt, versioned retractions, and retention. */
class MonthlyIndicesIT extends PublishServiceITSupport {

    @Autowired
    private IndexNames names;

    private static String newId() {
        return "monthly-" + UUID.randomUUID();
    }

    @Test
    void revisionsAcrossAMonthBoundaryLandInOneDocumentInTheFirstRevisionsMonth() throws Exception {
        String id = newId();
        Instant first = Instant.parse("2026-10-31T23:58:00Z");
        publish(ArticleFixtures.article(id, 1, "Storm nears the coast", first, first, first));
        awaitDocument(id);
        RecordMetadata revision = publish(ArticleFixtures.article(id, 2, "Storm makes landfall",
                Instant.parse("2026-11-01T00:20:00Z"), Instant.parse("2026-11-01T00:25:00Z"), first));
        awaitHandled(revision);

        List<Hit<Map>> hits = hits(id);
        assertThat(hits).as("one document across all monthly indices").singleElement().satisfies(hit -> {
            assertThat(hit.index()).endsWith("-2026.10");
            assertThat(hit.source().get("title")).isEqualTo("Storm makes landfall");
            assertThat(hit.version()).isEqualTo(2);
        });
        assertThat(elasticsearch.indices().existsAlias(r -> r.name("news-2026.10")).value())
                .as("the month's write alias").isTrue();
    }

    @Test
    void aVersionedTombstoneKeepsAnUpsertDelayedPastItOutAfterElasticsearchForgotTheDelete() throws Exception {
        Instant first = Instant.parse("2026-08-14T09:00:00Z");
        String id = newId();
        publish(ArticleFixtures.article(id, 1, "Council approves bridge", first, first, first));
        awaitDocument(id);
        // Elasticsearch forgets a deleted document's version after index.gc_deletes (60 s by default);
        // with 0 a plain delete would let the delayed upsert below bring the article straight back.
        elasticsearch.indices().putSettings(r -> r.index("news-2026.08").settings(s -> s.gcDeletes(t -> t.time("0s"))));

        RecordMetadata tombstone = acknowledged(send(id, null, Map.of(
                NewsHeaders.RETRACTED_REVISION, "2",
                NewsHeaders.FIRST_RECEIVED_AT, first.toString())));
        awaitHandled(tombstone);
        assertThat(document(id)).isEmpty();

        // The revision the tombstone retracts, and an older one, delivered late (a retry from an
        // instance that lost the partition): both stay out.
        send(id, ArticleJson.write(ArticleFixtures.article(id, 2, "Council approves bridge (updated)", first,
                Instant.parse("2026-08-14T10:00:00Z"), first)));
        RecordMetadata late = publish(ArticleFixtures.article(id, 1, "Council approves bridge", first, first, first));
        awaitHandled(late);
        elasticsearch.indices().flush(r -> r.index("news-2026.08"));
        assertThat(document(id)).as("a stale upsert never brings back a retracted article").isEmpty();
        assertThat(deadLetters(Set.of(id))).isEmpty();

        // A genuinely newer revision is news again.
        awaitHandled(publish(ArticleFixtures.article(id, 3, "Council approves bridge after appeal", first,
                Instant.parse("2026-08-20T10:00:00Z"), first)));
        assertThat(document(id).orElseThrow().get("title")).isEqualTo("Council approves bridge after appeal");
    }

    @Test
    void retentionDropsOnlyThePeriodsOlderThanTheMaximumAge() throws Exception {
        String old = newId();
        String recent = newId();
        Instant longAgo = Instant.parse("2024-03-10T08:00:00Z");
        Instant lately = Instant.parse("2026-11-20T08:00:00Z");
        publish(ArticleFixtures.article(old, 1, "Archive story", longAgo, longAgo, longAgo));
        awaitHandled(publish(ArticleFixtures.article(recent, 1, "Recent story", lately, lately, lately)));
        awaitDocument(old);

        Clock now = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
        List<String> dropped = new IndexRetention(elasticsearch, names,
                new RetentionPolicy(IndexPeriod.MONTH, Period.ofMonths(12), now)).dropExpired();

        assertThat(dropped).anyMatch(index -> index.endsWith("-2024.03"));
        assertThat(dropped).allSatisfy(index -> assertThat(names.periodOf(index).orElseThrow()).isLessThan("2025.12"));
        assertThat(document(old)).isEmpty();
        assertThat(document(recent)).isPresent();
        assertThat(elasticsearch.indices().getAlias(r -> r.name(ALIAS)).aliases().keySet())
                .isNotEmpty().noneMatch(index -> index.endsWith("-2024.03"));
    }
}
