package io.newsflow.publish;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.publish.kafka.ConsumptionThrottle;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The node goes away mid-stream and comes back: consumption pauses while it is away, resumes by
 * itself, and every article fed ends up in the index exactly once, with every offset committed.
 */
class ElasticsearchOutageFaultIT extends PublishServiceITSupport {

    private static final int BEFORE_OUTAGE = 150;
    private static final int DURING_OUTAGE = 150;

    @Autowired
    private ConsumptionThrottle throttle;

    @Test
    void everyArticleFedAroundAnOutageIsIndexedExactlyOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();

        feed(run, 0, BEFORE_OUTAGE, ids);
        TestServers.elasticsearch().stop();
        try {
            feed(run, BEFORE_OUTAGE, DURING_OUTAGE, ids);
            await().atMost(Duration.ofSeconds(30)).until(throttle::paused);
            // Stay away long enough for several retries at the capped back-off.
            await().pollDelay(Duration.ofSeconds(5)).until(() -> true);
            assertThat(throttle.paused()).as("consumption stays paused while the node is away").isTrue();
        } finally {
            TestServers.elasticsearch().start();
        }

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> idsIndexed(run).size() == ids.size());
        List<String> indexed = idsIndexed(run);
        assertThat(indexed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(throttle.paused()).isFalse();
        await().atMost(Duration.ofSeconds(30)).until(() -> committedAndEndOffsets().values().stream()
                .allMatch(offsets -> offsets[0] == offsets[1]));
        assertThat(deadLetters(Set.copyOf(ids))).isEmpty();
    }

    private static void feed(String run, int from, int count, List<String> ids) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            String id = "fault-" + run + "-" + i;
            EnrichedArticle article = ArticleFixtures.article(id, 1, "Outage run " + run + " article " + i);
            sent.add(send(id, ArticleJson.write(article)));
            ids.add(id);
        }
        sent.forEach(PublishServiceITSupport::acknowledged);
    }

    /** Ids of this run's documents, as a reader finds them through the alias (duplicates would show). */
    private List<String> idsIndexed(String run) throws Exception {
        SearchResponse<Map> response = elasticsearch.search(s -> s.index(ALIAS).size(1000)
                .query(q -> q.prefix(p -> p.field("id").value("fault-" + run + "-")))
                .source(src -> src.filter(f -> f.includes("id"))), Map.class);
        return response.hits().hits().stream().map(Hit::id).collect(Collectors.toList());
    }
}
