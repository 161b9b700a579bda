package io.newsflow.publish;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.NewsHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PublishServiceIT extends PublishServiceITSupport {

    private static String newId() {
        return "it-" + UUID.randomUUID();
    }

    @Test
    void installsTheTemplateAndPointsTheAliasAtMonthlyIndicesOfOneSet() throws Exception {
        assertThat(elasticsearch.indices().existsIndexTemplate(r -> r.name("news")).value()).isTrue();
        Set<String> indices = elasticsearch.indices().getAlias(r -> r.name(ALIAS)).aliases().keySet();
        assertThat(indices).isNotEmpty().allMatch(index -> index.matches("news-v\\d+-\\d{4}\\.\\d{2}"));
        assertThat(indices.stream().map(index -> index.substring(0, index.lastIndexOf('-'))).distinct()).hasSize(1);

        Map<String, Property> mapping = elasticsearch.indices().getMapping(r -> r.index(ALIAS))
                .mappings().values().iterator().next().mappings().properties();
        assertThat(mapping.get("title").text().analyzer()).isEqualTo("english");
        assertThat(mapping.get("title").text().fields()).containsKey("keyword");
        assertThat(mapping.get("entities").isNested()).isTrue();
        assertThat(mapping.get("people").isKeyword()).isTrue();
        assertThat(mapping.get("publishedAt").isDate()).isTrue();
    }

    @Test
    void anEnrichedArticleBecomesAReaderFriendlyDocumentUnderItsId() throws Exception {
        String id = newId();
        publish(ArticleFixtures.article(id, 1, "Leaders clash over housing in final debate"));

        Map<?, ?> doc = awaitDocument(id);
        assertThat(doc.get("id")).isEqualTo(id);
        assertThat(doc.get("title")).isEqualTo("Leaders clash over housing in final debate");
        assertThat(doc.get("people")).isEqualTo(List.of("Helen Carter", "Marcus Reid"));
        assertThat(doc.get("locations")).isEqualTo(List.of("London", "Cardiff"));
        assertThat(((Map<?, ?>) doc.get("source")).get("domain")).isEqualTo("capitalherald.example");
        assertThat(doc.get("publishedAt")).isEqualTo("2026-11-26T21:45:00Z");

        // English full text: "clashing" finds "clash" through the stemmer (after a refresh makes it searchable).
        elasticsearch.indices().refresh(r -> r.index(ALIAS));
        SearchResponse<Map> hits = elasticsearch.search(s -> s.index(ALIAS)
                .query(q -> q.bool(b -> b
                        .must(m -> m.match(t -> t.field("title").query("clashing leaders")))
                        .filter(f -> f.ids(i -> i.values(id))))), Map.class);
        assertThat(hits.hits().hits()).hasSize(1);
    }

    @Test
    void anOlderRevisionArrivingLateNeverOverwritesANewerOne() throws Exception {
        String id = newId();
        publish(ArticleFixtures.article(id, 2, "Second revision"));
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> document(id).map(d -> d.get("revision")).orElse(null), r -> Integer.valueOf(2).equals(r));

        RecordMetadata late = publish(ArticleFixtures.article(id, 1, "First revision, delivered late"));
        awaitHandled(late);

        Map<?, ?> doc = document(id).orElseThrow();
        assertThat(doc.get("revision")).isEqualTo(2);
        assertThat(doc.get("title")).isEqualTo("Second revision");
        assertThat(deadLetters(Set.of(id))).as("a stale revision is success, not an error").isEmpty();

        RecordMetadata newer = publish(ArticleFixtures.article(id, 3, "Third revision"));
        awaitHandled(newer);
        assertThat(document(id).orElseThrow().get("title")).isEqualTo("Third revision");
    }

    @Test
    void aTombstoneDeletesTheDocument() throws Exception {
        String id = newId();
        publish(ArticleFixtures.article(id, 1, "Article later retracted"));
        awaitDocument(id);

        RecordMetadata tombstone = acknowledged(send(id, null));
        awaitHandled(tombstone);

        assertThat(document(id)).isEmpty();
        assertThat(deadLetters(Set.of(id))).isEmpty();
    }

    @Test
    void aDocumentElasticsearchRejectsIsDeadLetteredWhileItsBatchMatesAreIndexed() throws Exception {
        String before = newId();
        String rejected = newId();
        String after = newId();
        // A date beyond what Elasticsearch's date type holds: a content rejection (document_parsing_exception).
        EnrichedArticle farFuture = ArticleFixtures.article(rejected, 1, "Date from the far future",
                Instant.parse("+999999999-01-01T00:00:00Z"));
        send(before, ArticleJson.write(ArticleFixtures.article(before, 1, "Before")));
        send(rejected, ArticleJson.write(farFuture));
        RecordMetadata last = publish(ArticleFixtures.article(after, 1, "After"));

        awaitDocument(before);
        awaitDocument(after);
        awaitHandled(last);
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetters(Set.of(rejected)), records -> !records.isEmpty());

        assertThat(document(rejected)).isEmpty();
        assertThat(dead).singleElement().satisfies(record -> {
            assertThat(header(record, NewsHeaders.DLT_REASON)).startsWith("es-").contains("parsing");
            assertThat(header(record, "kafka_dlt-exception-message")).contains("publishedAt");
            assertThat(record.value()).isEqualTo(ArticleJson.write(farFuture));
        });
        assertThat(deadLetters(Set.of(before, after))).isEmpty();
    }

    @Test
    void anUnreadableRecordIsDeadLetteredWithItsOriginalBytesAndConsumptionGoesOn() throws Exception {
        String broken = newId();
        String next = newId();
        byte[] garbage = "{\"schemaVersion\": 1, \"article\": {\"id\": ".getBytes(StandardCharsets.UTF_8);
        send(broken, garbage);
        publish(ArticleFixtures.article(next, 1, "Published after a broken record"));

        awaitDocument(next);
        List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetters(Set.of(broken)), records -> !records.isEmpty());
        assertThat(dead).singleElement().satisfies(record -> {
            assertThat(record.value()).isEqualTo(garbage);
            assertThat(header(record, NewsHeaders.DLT_REASON)).isEqualTo("invalid-json");
        });
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
