package io.newsflow.publish;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.index.IndexNames;
import io.newsflow.publish.index.IndexTemplateInstaller;
import io.newsflow.publish.index.RetentionPolicy;
import io.newsflow.publish.index.UntilAnswered;
import io.newsflow.publish.reindex.IndexRebuilder;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The reindex command: a new index set filled from the topic by parallel readers, swapped in while readers keep reading. */
class IndexRebuildIT extends PublishServiceITSupport {

    private static final Instant SEPTEMBER = Instant.parse("2026-09-12T08:00:00Z");
    private static final Instant OCTOBER = Instant.parse("2026-10-03T08:00:00Z");
    private static final Instant NOVEMBER = Instant.parse("2026-11-26T21:50:00Z");

    @Autowired
    private IndexNames names;
    @Autowired
    private IndexTemplateInstaller installer;
    @Autowired
    private PublishProperties properties;
    @Autowired
    private ConsumerFactory<?, ?> consumers;
    @Autowired
    private RetentionPolicy retention;
    @Autowired
    private UntilAnswered untilAnswered;

    @Test
    void rebuildsSeveralMonthlyIndicesFromTheTopicAndSwapsThemAtomically() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> kept = new ArrayList<>();
        for (Instant month : List.of(SEPTEMBER, OCTOBER, NOVEMBER)) {
            String id = "rebuild-" + run + "-kept-" + month.toString().substring(0, 7);
            kept.add(id);
            awaitHandled(publish(ArticleFixtures.article(id, 1, "Harbour reopens after storm", month, month, month)));
        }
        String revised = "rebuild-" + run + "-revised";
        String retracted = "rebuild-" + run + "-retracted";
        publish(ArticleFixtures.article(revised, 1, "Cup final: first report", SEPTEMBER, SEPTEMBER, SEPTEMBER));
        awaitHandled(publish(ArticleFixtures.article(revised, 2, "Cup final: full report", OCTOBER, OCTOBER, SEPTEMBER)));
        publish(ArticleFixtures.article(retracted, 1, "Story later retracted", OCTOBER, OCTOBER, OCTOBER));
        awaitHandled(acknowledged(send(retracted, null, Map.of(NewsHeaders.RETRACTED_REVISION, "1",
                NewsHeaders.FIRST_RECEIVED_AT, OCTOBER.toString()))));
        elasticsearch.indices().refresh(r -> r.index(ALIAS)); // searchable before the reader starts
        Set<String> before = elasticsearch.indices().getAlias(r -> r.name(ALIAS)).aliases().keySet();

        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger misses = new AtomicInteger();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (rebuilding.get()) {
                try {
                    SearchResponse<Map> hits = elasticsearch.search(s -> s.index(ALIAS)
                            .query(q -> q.ids(i -> i.values(kept))), Map.class);
                    if (hits.hits().hits().size() != kept.size()) {
                        misses.incrementAndGet(); // none missing, and none twice (old and new set at once)
                    }
                } catch (Exception e) {
                    misses.incrementAndGet();
                }
                searches.incrementAndGet();
            }
        });
        IndexRebuilder.Report report;
        try {
            report = new IndexRebuilder(elasticsearch, names, installer, properties.bulkSettings(),
                    consumers.getConfigurationProperties(), retention, untilAnswered, 2, Clock.systemUTC())
                    .rebuild(line -> { });
        } finally {
            rebuilding.set(false);
            reader.join();
        }

        assertThat(report.readers()).isEqualTo(2);
        assertThat(report.previous()).isEqualTo(before);
        int version = names.highestVersion(report.current());
        assertThat(report.current()).allMatch(index -> names.versionOf(index).orElse(0) == version)
                .contains(names.index(version, "2026.09"), names.index(version, "2026.10"), names.index(version, "2026.11"))
                .doesNotContainAnyElementsOf(before);
        assertThat(elasticsearch.indices().getAlias(r -> r.name(ALIAS)).aliases().keySet())
                .containsExactlyInAnyOrderElementsOf(report.current());
        assertThat(elasticsearch.indices().getAlias(r -> r.name("news-2026.10")).aliases().keySet())
                .containsExactly(names.index(version, "2026.10"));
        assertThat(searches.get()).isPositive();
        assertThat(misses.get()).as("readers always found each article exactly once through the alias").isZero();

        for (String id : kept) {
            assertThat(hits(id)).singleElement();
        }
        assertThat(hits(revised)).singleElement().satisfies(hit -> {
            assertThat(hit.index()).isEqualTo(names.index(version, "2026.09"));
            assertThat(hit.source().get("title")).isEqualTo("Cup final: full report");
        });
        assertThat(document(retracted)).isEmpty();
        assertThat(elasticsearch.indices().exists(r -> r.index(List.copyOf(before))).value())
                .as("the old set is kept for roll-back").isTrue();

        // Live indexing follows the month's write alias into the new set.
        String after = "rebuild-" + run + "-after";
        RecordMetadata live = publish(ArticleFixtures.article(after, 1, "Published after the rebuild", OCTOBER, OCTOBER, OCTOBER));
        awaitHandled(live);
        assertThat(elasticsearch.exists(r -> r.index(names.index(version, "2026.10")).id(after)).value()).isTrue();
    }
}
