package io.newsflow.enrich.kafka;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.RawArticle;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exactly once across a crash between processing and commit: the service is killed with SIGKILL
 * while a transaction holds enriched records it has written but not committed, then restarted.
 * A read_uncommitted reader sees the aborted attempt (so the crash really hit mid-transaction and
 * a non-transactional service would have duplicated those articles); a read_committed reader, as
 * the publish service is, sees every article exactly once.
 */
class EnrichCrashFaultIT {

    private static final int ARTICLES = 150;

    @Test
    void noArticleIsLostOrDuplicatedWhenTheServiceDiesMidTransaction() throws Exception {
        String bootstrap = TestServers.kafka().bootstrapServers();
        KafkaTestClient kafka = new KafkaTestClient(bootstrap);
        kafka.createRawTopic();
        String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        sendBacklog(kafka, ids, run, sent);
        List<String> arguments = List.of(
                "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--spring.kafka.consumer.group-id=" + run,
                "--newsflow.stage.instance-id=" + run,
                // Records go to the broker as they are written rather than at the commit's flush, so the
                // readers can see a transaction's records before its commit marker.
                "--spring.kafka.producer.properties.linger.ms=0");

        try (KafkaConsumer<String, byte[]> committed = kafka.consumer(KafkaTopics.ENRICHED, "read_committed");
             KafkaConsumer<String, byte[]> uncommitted = kafka.consumer(KafkaTopics.ENRICHED, "read_uncommitted")) {
            Map<String, Integer> committedCounts = new HashMap<>();
            Map<String, Integer> uncommittedCounts = new HashMap<>();

            try (ServiceProcess first = ServiceProcess.start(run + "-first", arguments)) {
                // Kill as soon as records are written that no committed transaction covers yet. A fast
                // instance can commit the whole backlog before the readers have joined their groups, so
                // articles keep coming until such a moment is seen.
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> {
                    // The committed reader first: its poll waits for the next commit, the uncommitted
                    // reader's then returns at once with what an open transaction has written since.
                    count(committed, ids, committedCounts);
                    count(uncommitted, ids, uncommittedCounts);
                    if (total(uncommittedCounts) > total(committedCounts)) {
                        return true;
                    }
                    if (total(committedCounts) == ids.size()) {
                        sendBacklog(kafka, ids, run, sent);
                    }
                    return false;
                });
                first.kill();
            }
            int writtenBeforeCrash = total(uncommittedCounts);

            try (ServiceProcess second = ServiceProcess.start(run + "-second", arguments)) {
                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    count(committed, ids, committedCounts);
                    return committedCounts.keySet().containsAll(ids);
                });
                // Let anything stray arrive before judging duplicates.
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> {
                    count(committed, ids, committedCounts);
                    count(uncommitted, ids, uncommittedCounts);
                    return true;
                });
                assertThat(second.isAlive()).isTrue();
            }

            assertThat(committedCounts).hasSize(ids.size());
            assertThat(committedCounts.values()).as("each article exactly once for read_committed readers").containsOnly(1);
            assertThat(total(uncommittedCounts))
                    .as("the killed instance had written records it never committed (%d seen before the kill)", writtenBeforeCrash)
                    .isGreaterThan(ids.size());
        }
    }

    /** A backlog of ARTICLES new articles, all on the topic at once, so the service works on it in long transactions. */
    private static void sendBacklog(KafkaTestClient kafka, Set<String> ids, String run, AtomicInteger sent) {
        List<RawArticle> backlog = IntStream.range(0, ARTICLES).mapToObj(i -> run + "-" + sent.getAndIncrement())
                .map(id -> KafkaTestClient.article(id, SyntheticNews.title(id), SyntheticNews.body(id))).toList();
        backlog.forEach(article -> ids.add(article.id()));
        kafka.sendAll(backlog);
    }

    private static void count(KafkaConsumer<String, byte[]> consumer, Set<String> ids, Map<String, Integer> counts) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(KafkaTestClient.poll(consumer));
        records.stream().map(ConsumerRecord::key).filter(ids::contains).forEach(id -> counts.merge(id, 1, Integer::sum));
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
