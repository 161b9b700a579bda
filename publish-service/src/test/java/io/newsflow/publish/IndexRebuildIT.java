package io.newsflow.publish;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.index.IndexNames;
import io.newsflow.publish.index.IndexTemplateInstaller;
import io.newsflow.publish.reindex.IndexRebuilder;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The reindex command: a new index version filled from the topic, swapped in while readers keep reading. */
class IndexRebuildIT extends PublishServiceITSupport {

    @Autowired
    private IndexNames names;
    @Autowired
    private IndexTemplateInstaller installer;
    @Autowired
    private PublishProperties properties;
    @Autowired
    private ConsumerFactory<?, ?> consumers;

    @Test
    void rebuildsTheIndexFromTheTopicAndSwapsTheAliasWithoutDowntime() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String kept = "rebuild-" + run + "-kept";
        String revised = "rebuild-" + run + "-revised";
        String retracted = "rebuild-" + run + "-retracted";
        awaitHandled(publish(ArticleFixtures.article(kept, 1, "Harbour reopens after storm")));
        publish(ArticleFixtures.article(revised, 1, "Cup final: first report"));
        awaitHandled(publish(ArticleFixtures.article(revised, 2, "Cup final: full report")));
        publish(ArticleFixtures.article(retracted, 1, "Story later retracted"));
        awaitHandled(acknowledged(send(retracted, null)));
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
                    if (hits.hits().hits().size() != 1) {
                        misses.incrementAndGet();
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
                    consumers.getConfigurationProperties()).rebuild();
        } finally {
            rebuilding.set(false);
            reader.join();
        }

        assertThat(report.previous()).isEqualTo(before);
        assertThat(report.current()).matches("news-v\\d+").isNotIn(before);
        assertThat(elasticsearch.indices().getAlias(r -> r.name(ALIAS)).aliases().keySet()).containsExactly(report.current());
        assertThat(searches.get()).isPositive();
        assertThat(misses.get()).as("readers always found the article through the alias").isZero();

        assertThat(document(kept)).isPresent();
        assertThat(document(revised).orElseThrow().get("title")).isEqualTo("Cup final: full report");
        assertThat(document(retracted)).isEmpty();
        assertThat(elasticsearch.indices().exists(r -> r.index(before.iterator().next())).value())
                .as("the old index is kept for roll-back").isTrue();

        // Live indexing follows the alias into the new index.
        String after = "rebuild-" + run + "-after";
        RecordMetadata live = publish(ArticleFixtures.article(after, 1, "Published after the rebuild"));
        awaitHandled(live);
        assertThat(elasticsearch.exists(r -> r.index(report.current()).id(after)).value()).isTrue();
    }
}
