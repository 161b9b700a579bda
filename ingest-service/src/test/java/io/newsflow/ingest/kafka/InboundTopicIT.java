package io.newsflow.ingest.kafka;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.Fixtures;
import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.IngestServiceIT;
import io.newsflow.ingest.KafkaTestClient;
import io.newsflow.ingest.identity.ArticleIdentity;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InboundTopicIT extends IngestServiceIT {

    @Autowired
    KafkaProperties kafkaProperties;
    @Autowired
    IngestProperties ingestProperties;

    @Test
    void articleProducedToNewsInboundIsOnNewsRaw() {
        String marker = unique();
        kafka().produce(KafkaTopics.INBOUND, null, """
                {"source": {"name": "Capital Herald", "domain": "www.capitalherald.example"},
                 "title": "Leaders clash over housing %s",
                 "body": "Prime Minister Helen Carter and opposition leader Marcus Reid clashed on Wednesday.",
                 "unknownField": "is ignored"}
                """.formatted(marker));

        RawArticle raw = awaitRawContaining(marker);

        assertThat(raw.title()).isEqualTo("Leaders clash over housing " + marker);
        assertThat(raw.source().domain()).isEqualTo("capitalherald.example");
        assertThat(raw.canonicalUrl()).isNull();
        assertThat(raw.id()).hasSize(32);
    }

    @Test
    void unreadableRecordIsDeadLetteredWithItsBytesAndTheConsumerKeepsGoing() {
        String marker = unique();
        byte[] broken = ("{\"title\": \"broken " + marker + "\", \"body\": ").getBytes(StandardCharsets.UTF_8);
        kafka().produce(KafkaTopics.INBOUND, marker, broken, Map.of());
        kafka().produce(KafkaTopics.INBOUND, marker, """
                {"source": {"name": "Wire"}, "title": "After the broken one %s", "body": "Still flowing."}
                """.formatted(marker));

        ConsumerRecord<String, byte[]> dead = kafka().awaitRecord(KafkaTopics.deadLetter(KafkaTopics.INBOUND), r -> marker.equals(r.key()));

        assertThat(dead.value()).isEqualTo(broken);
        assertThat(KafkaTestClient.header(dead, NewsHeaders.DLT_REASON)).isEqualTo("unreadable");
        assertThat(KafkaTestClient.header(dead, "kafka_dlt-original-topic")).isEqualTo(KafkaTopics.INBOUND);
        assertThat(awaitRawContaining(marker).title()).isEqualTo("After the broken one " + marker);
    }

    @Test
    void recordWithoutTitleIsDeadLetteredAsMissingTitle() {
        String marker = unique();
        kafka().produce(KafkaTopics.INBOUND, marker, "{\"source\": {\"name\": \"Wire\"}, \"body\": \"" + marker + "\"}");

        ConsumerRecord<String, byte[]> dead = kafka().awaitRecord(KafkaTopics.deadLetter(KafkaTopics.INBOUND), r -> marker.equals(r.key()));

        assertThat(KafkaTestClient.header(dead, NewsHeaders.DLT_REASON)).isEqualTo("missing-title");
    }

    @Test
    void aPageProducedWithAContentTypeHeaderIsExtracted() {
        String marker = unique();
        byte[] page = Fixtures.text("pages/valleytech-chip-plant.html").replace("chipmaker-ohio-plant/", marker + "/").getBytes(StandardCharsets.UTF_8);
        kafka().produce(KafkaTopics.INBOUND, marker, page, Map.of(NewsHeaders.CONTENT_TYPE, "text/html; charset=utf-8",
                NewsHeaders.URL, "https://valleytech.example/feed-item/" + marker));

        RawArticle raw = awaitRawContaining(marker);

        assertThat(raw.canonicalUrl()).isEqualTo("https://valleytech.example/2026/11/" + marker + "/");
        assertThat(raw.title()).isEqualTo("Chipmaker picks Ohio valley for $4bn plant");
        assertThat(raw.body()).contains("1,800 permanent jobs").doesNotContain("Leave a Reply");
        assertThat(raw.source().name()).isEqualTo("ValleyTech");
    }

    @Test
    void plainTextProducedWithItsSourceInAHeader() {
        String marker = unique();
        kafka().produce(KafkaTopics.INBOUND, marker, ("Gritters out overnight " + marker + "\n\nCouncil gritters were out overnight.")
                .getBytes(StandardCharsets.UTF_8), Map.of(NewsHeaders.CONTENT_TYPE, "text/plain", NewsHeaders.SOURCE, "Southmoor Gazette"));

        RawArticle raw = awaitRawContaining(marker);

        assertThat(raw.title()).isEqualTo("Gritters out overnight " + marker);
        assertThat(raw.body()).isEqualTo("Council gritters were out overnight.");
        assertThat(raw.source().name()).isEqualTo("Southmoor Gazette");
    }

    @Test
    void aRecordSentTwiceIsPublishedOnceAndAChangedOneAsTheNextRevision() {
        String marker = unique();
        String url = "https://wire.example/news/" + marker;
        String id = ArticleIdentity.fromUrl(url);
        String article = "{\"url\": \"%s\", \"title\": \"Harbour reopens\", \"body\": \"%s\"}";
        // One key, so one partition: the records are processed in this order.
        kafka().produce(KafkaTopics.INBOUND, marker, article.formatted(url, "The harbour reopened."));
        kafka().produce(KafkaTopics.INBOUND, marker, article.formatted(url + "?utm_campaign=x", "The harbour reopened."));
        kafka().produce(KafkaTopics.INBOUND, marker, article.formatted(url, "The harbour reopened on Friday."));
        kafka().produce(KafkaTopics.INBOUND, marker, article.formatted(url + "-end", "Marker " + marker));

        awaitRawContaining("Marker " + marker);

        List<RawArticle> published = kafka().records(KafkaTopics.RAW).stream().filter(r -> id.equals(r.key()))
                .map(r -> ArticleJson.read(r.value(), RawArticle.class)).toList();
        assertThat(published).extracting(RawArticle::revision).containsExactly(1L, 2L);
        assertThat(published.get(1).body()).isEqualTo("The harbour reopened on Friday.");
    }

    @Test
    void whatWasPublishedIsKnownToAFreshInstance() {
        String marker = unique();
        String url = "https://wire.example/restart/" + marker;
        kafka().produce(KafkaTopics.INBOUND, marker, "{\"url\": \"%s\", \"title\": \"T\", \"body\": \"B %s\"}".formatted(url, marker));
        awaitRawContaining(marker);

        IdentityStore restarted = new IdentityStore(kafkaProperties, ingestProperties);
        restarted.start();
        try {
            assertThat(restarted.stateOf(ArticleIdentity.fromUrl(url)).revision()).isEqualTo(1);
        } finally {
            restarted.stop();
        }
    }
}
