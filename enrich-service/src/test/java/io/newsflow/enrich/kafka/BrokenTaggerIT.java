package io.newsflow.enrich.kafka;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.enrich.tagging.ArticleTagger;
import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.tagging.Tags;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A tagger that throws on every article (a model that did not load, a broken release): the stage
 * stops and says so in readiness, instead of emptying news.raw into news.raw-dlt; what it did not
 * enrich stays uncommitted, to be enriched once a fixed release starts. Its own consumer group, so
 * it competes with no other test's listener.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BrokenTaggerIT {

    private static final String GROUP = "broken-tagger-" + UUID.randomUUID();
    private static final int MAX_CONSECUTIVE_FAILURES = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestBean(name = "articleTagger")
    ArticleTagger tagger;

    static ArticleTagger tagger() {
        return new ArticleTagger() {
            @Override
            public Tags tag(ArticleText article) {
                throw new IllegalStateException("model not usable");
            }

            @Override
            public String version() {
                return "broken";
            }
        };
    }

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestServers.registerKafka(registry);
        registry.add("spring.kafka.consumer.group-id", () -> GROUP);
        registry.add("newsflow.stage.max-consecutive-failures", () -> MAX_CONSECUTIVE_FAILURES);
        // Created before the context starts, so the listener finds its articles on its first polls.
        KafkaTestClient kafka = new KafkaTestClient(TestServers.kafka().bootstrapServers());
        kafka.createRawTopic();
        for (int i = 0; i < 20; i++) {
            String id = KafkaTestClient.uniqueId("broken");
            kafka.send(id, KafkaTestClient.article(id, "Council votes on harbour plan " + i,
                    "The council voted on Tuesday to rebuild the harbour wall before winter."));
        }
    }

    @Test
    void aTaggerThatThrowsOnEveryArticleTurnsTheStageUnreadyInsteadOfFillingTheDeadLetterTopic() throws Exception {
        JsonNode readiness = await("not ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> readiness(), answer -> answer.path("status").asString().equals("DOWN")
                        && answer.path("components").path("stage").path("details").path("condition").asString().equals("stopped"));
        assertThat(readiness.path("components").path("stage").path("details").path("error").asString()).contains("model not usable");
        await("listener stopped").atMost(Duration.ofSeconds(30)).until(() -> readiness().path("components").path("kafka")
                .path("details").path("listenerContainers").path("enrich").asString().equals("stopped"));

        assertThat(deadLettersOfThisGroup()).as("at most the run before the stage was judged broken, none of it committed in a full batch")
                .isLessThan(MAX_CONSECUTIVE_FAILURES);
        assertThat(uncommitted()).as("the articles wait in news.raw for a working release").isGreaterThanOrEqualTo(20);
    }

    private JsonNode readiness() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static long deadLettersOfThisGroup() {
        KafkaTestClient kafka = new KafkaTestClient(TestServers.kafka().bootstrapServers());
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer(KafkaTopics.deadLetter(KafkaTopics.RAW), "read_committed")) {
            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
            // Reads until a few polls in a row bring nothing: the topic's end as of now.
            for (int empty = 0; empty < 6; ) {
                List<ConsumerRecord<String, byte[]>> polled = KafkaTestClient.poll(consumer);
                all.addAll(polled);
                empty = polled.isEmpty() ? empty + 1 : 0;
            }
            return all.stream().filter(r -> GROUP.equals(header(r, "kafka_dlt-original-consumer-group"))).count();
        }
    }

    /** Records of news.raw past this group's committed offsets. */
    private static long uncommitted() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = admin.describeTopics(List.of(KafkaTopics.RAW)).allTopicNames().get()
                    .get(KafkaTopics.RAW).partitions().stream().map(p -> new TopicPartition(KafkaTopics.RAW, p.partition())).toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(),
                    p -> OffsetSpec.latest()))).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            return partitions.stream().mapToLong(p -> ends.get(p)
                    - (committed.get(p) == null ? 0 : committed.get(p).offset())).sum();
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
