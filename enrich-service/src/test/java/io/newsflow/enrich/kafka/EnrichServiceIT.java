package io.newsflow.enrich.kafka;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.contract.RawArticle;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service against the real broker: what a reader of news.enriched (read_committed) and an
 * operator looking at news.raw-dlt see for good, bad, foreign, long and retracted articles.
 * The context is closed after this class so no listener of it competes with later test classes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EnrichServiceIT {

    private static KafkaTestClient kafka;
    private static KafkaConsumer<String, byte[]> enriched;
    private static KafkaConsumer<String, byte[]> deadLetters;
    private static final List<ConsumerRecord<String, byte[]>> enrichedSeen = new ArrayList<>();
    private static final List<ConsumerRecord<String, byte[]>> deadLettersSeen = new ArrayList<>();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.registerKafka(registry);
    }

    @BeforeAll
    static void clients() {
        kafka = new KafkaTestClient(TestServers.kafka().bootstrapServers());
        kafka.createRawTopic();
        enriched = kafka.consumer(KafkaTopics.ENRICHED, "read_committed");
        deadLetters = kafka.consumer(KafkaTopics.deadLetter(KafkaTopics.RAW), "read_committed");
    }

    @AfterAll
    static void close() {
        enriched.close();
        deadLetters.close();
    }

    @Test
    void anArticleComesOutWithEntitiesTopicsAndKeywordsKeyedByItsId() {
        String id = KafkaTestClient.uniqueId("summit");
        kafka.send(id, KafkaTestClient.article(id, "Putin and Nato clash over Ukraine",
                "Russian President Vladimir Putin accused NATO of threatening Russia on Tuesday. "
                        + "Mr Putin told reporters in Moscow that the alliance had moved troops to the border. "
                        + "Nato's secretary general said the military build-up was defensive. "
                        + "The United States and the European Union called for talks and warned of sanctions."));

        ConsumerRecord<String, byte[]> record = awaitEnriched(id);
        EnrichedArticle article = KafkaTestClient.enriched(record);
        assertThat(article.article().title()).isEqualTo("Putin and Nato clash over Ukraine");
        assertThat(article.entities()).extracting(Entity::name, Entity::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Vladimir Putin", EntityType.PERSON),
                        org.assertj.core.groups.Tuple.tuple("NATO", EntityType.ORGANIZATION),
                        org.assertj.core.groups.Tuple.tuple("Moscow", EntityType.LOCATION));
        Entity putin = article.entities().stream().filter(e -> e.name().equals("Vladimir Putin")).findFirst().orElseThrow();
        assertThat(putin.mentions()).isGreaterThanOrEqualTo(3);
        assertThat(article.topics()).isNotEmpty();
        assertThat(article.keywords()).isNotEmpty();
        assertThat(article.enricherVersion()).startsWith("enrich-service/");
        assertThat(article.truncatedForTagging()).isFalse();
        assertThat(article.enrichedAt()).isNotNull();
    }

    @Test
    void anUnreadableRecordIsDeadLetteredWithItsOriginalBytesAndTheReason() {
        String id = KafkaTestClient.uniqueId("broken");
        byte[] garbage = "{\"id\": \"broken\", \"title\": ".getBytes(StandardCharsets.UTF_8);
        kafka.sendBytes(KafkaTopics.RAW, id, garbage);

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(id);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, NewsHeaders.DLT_REASON)).contains("invalid-json");
        assertThat(header(dead, "kafka_dlt-original-topic")).contains(KafkaTopics.RAW);
    }

    @Test
    void anArticleWithoutAnIdIsDeadLetteredAndTheNextOneStillGoesThrough() {
        String key = KafkaTestClient.uniqueId("no-id");
        kafka.send(key, KafkaTestClient.article(null, "Nameless", "An article whose producer forgot the id."));
        String next = KafkaTestClient.uniqueId("after-no-id");
        kafka.send(next, KafkaTestClient.article(next, "Markets rise", "Shares in London rose on Monday."));

        assertThat(header(awaitDeadLetter(key), NewsHeaders.DLT_REASON)).contains("missing-id");
        awaitEnriched(next);
    }

    @Test
    void aNonEnglishArticleIsPassedOnWithItsLanguageAndNoEntities() {
        String id = KafkaTestClient.uniqueId("german");
        RawArticle english = KafkaTestClient.article(id, "Merkel trifft Macron in Berlin",
                "Bundeskanzlerin Angela Merkel hat am Dienstag den französischen Präsidenten Emmanuel Macron in Berlin empfangen.");
        RawArticle german = new RawArticle(english.schemaVersion(), english.id(), english.revision(), english.url(),
                english.canonicalUrl(), english.source(), english.title(), null, english.body(), List.of(), "de",
                english.publishedAt(), null, english.receivedAt(), null, english.contentHash(), null);
        kafka.send(id, german);

        EnrichedArticle article = KafkaTestClient.enriched(awaitEnriched(id));
        assertThat(article.article().language()).isEqualTo("de");
        assertThat(article.entities()).isEmpty();
    }

    @Test
    void aVeryLongBodyIsTaggedInPartAndFlagged() {
        String id = KafkaTestClient.uniqueId("long");
        String paragraph = "The council in Leeds met again on Monday to discuss the budget and the new library.\n\n";
        kafka.send(id, KafkaTestClient.article(id, "Council meets", paragraph.repeat(400)));

        EnrichedArticle article = KafkaTestClient.enriched(awaitEnriched(id));
        assertThat(article.truncatedForTagging()).isTrue();
        assertThat(article.article().body()).hasSize(paragraph.length() * 400);
        assertThat(article.entities()).extracting(Entity::name).contains("Leeds");
    }

    @Test
    void aTombstoneIsPassedOnSoTheArticleIsRetractedDownstream() {
        String id = KafkaTestClient.uniqueId("retracted");
        kafka.sendBytes(KafkaTopics.RAW, id, null, Map.of(NewsHeaders.RETRACTED_REVISION, "3",
                NewsHeaders.FIRST_RECEIVED_AT, "2026-10-31T23:59:00Z"));

        ConsumerRecord<String, byte[]> tombstone = awaitEnriched(id);
        assertThat(tombstone.value()).isNull();
        assertThat(header(tombstone, NewsHeaders.RETRACTED_REVISION)).as("the index versions the retraction by it").contains("3");
        assertThat(header(tombstone, NewsHeaders.FIRST_RECEIVED_AT)).contains("2026-10-31T23:59:00Z");
    }

    private static ConsumerRecord<String, byte[]> awaitEnriched(String key) {
        return awaitRecord(enriched, enrichedSeen, key);
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return awaitRecord(deadLetters, deadLettersSeen, key);
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(KafkaConsumer<String, byte[]> consumer,
                                                            List<ConsumerRecord<String, byte[]>> seen, String key) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            seen.addAll(KafkaTestClient.poll(consumer));
            return seen.stream().filter(r -> key.equals(r.key())).findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    private static Optional<String> header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }
}
