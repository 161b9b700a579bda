package io.newsflow.ingest.kafka;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.IngestServiceIT;
import io.newsflow.ingest.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class InboundTopicIT extends IngestServiceIT {

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
        kafka().produce(KafkaTopics.INBOUND, marker, broken, java.util.Map.of());
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
}
