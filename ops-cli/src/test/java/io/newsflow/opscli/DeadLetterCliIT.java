package io.newsflow.opscli;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dead-letter commands against a real broker, in the order an operator uses them: look,
 * inspect, replay after a fix, and find that a second replay sends nothing again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadLetterCliIT {

    private static final String DLT = KafkaTopics.deadLetter(KafkaTopics.RAW);
    /** A feeder's bytes that would retitle and clear the operator's terminal and reverse the line if printed raw. */
    private static final String HOSTILE = "{\"id\":\"a3\",\"title\":\"T\u001b]0;owned\u0007\u001b[2J\u202e\r\nreason: none\",\"body\":\"B\"}";

    @BeforeAll
    static void deadLetterThreeRecords() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(KafkaTopics.RAW, 3, (short) 1), new NewTopic(DLT, 3, (short) 1)))
                    .all().get();
        }
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(deadLetter("a1", "{\"id\":\"a1\",\"title\":", "invalid-json", 7)).get();
            producer.send(deadLetter("a2", "{\"id\":\"a2\",\"revision\":\"two\"}", "invalid-json", 8)).get();
            producer.send(deadLetter("a3", HOSTILE, "tagger-failed", 9)).get();
        }
    }

    @Test
    @Order(1)
    void listCountsPendingRecordsByReason() {
        String out = run("dlq", "list");

        assertThat(line(out, DLT)).matches(".*\\s3\\s+3\\s+invalid-json=2, tagger-failed=1");
        assertThat(line(out, KafkaTopics.deadLetter(KafkaTopics.ENRICHED))).contains(" 0 ");
    }

    @Test
    @Order(2)
    void showPrintsOriginReasonErrorAndOriginalValue() {
        String out = run("dlq", "show", DLT);

        assertThat(out).contains("3 pending record(s) in news.raw-dlt")
                .contains("from news.raw/0@7")
                .contains("reason: invalid-json")
                .contains("error:  Unexpected end-of-input")
                .contains("value:  {\"id\":\"a1\",\"title\":")
                .contains("\"title\":\"T\\e]0;owned\\u0007\\e[2J\\u202e\\r\\nreason: none\"")
                .doesNotContain("\u001b", "\u0007", "\u202e", "\r");
    }

    @Test
    @Order(3)
    void replaySendsEachRecordBackOnceWithoutDeadLetterHeaders() {
        assertThat(run("dlq", "replay", DLT)).contains("replayed 3 record(s) from news.raw-dlt");
        assertThat(run("dlq", "replay", DLT)).contains("replayed 0 record(s)");

        List<ConsumerRecord<byte[], byte[]>> replayed = readAll(KafkaTopics.RAW);
        assertThat(replayed).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder("a1", "a2", "a3");
        ConsumerRecord<byte[], byte[]> a3 = replayed.stream()
                .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("a3")).findFirst().orElseThrow();
        assertThat(new String(a3.value(), StandardCharsets.UTF_8)).isEqualTo(HOSTILE);
        assertThat(a3.headers().lastHeader(NewsHeaders.DLT_REASON)).isNull();
        assertThat(a3.headers().lastHeader("kafka_dlt-exception-message")).isNull();
        assertThat(a3.headers().lastHeader("trace")).isNotNull();
        assertThat(new String(a3.headers().lastHeader(DeadLetterReplayer.REPLAYED_FROM).value(), StandardCharsets.UTF_8))
                .startsWith("news.raw-dlt/");
        assertThat(line(run("dlq", "list"), DLT)).matches(".*\\s3\\s+0\\s+-");
    }

    private static ProducerRecord<byte[], byte[]> deadLetter(String key, String value, String reason, long originalOffset) {
        var record = new ProducerRecord<>(DLT, 0, key.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add("trace", "kept".getBytes(StandardCharsets.UTF_8))
                .add(NewsHeaders.DLT_REASON, reason.getBytes(StandardCharsets.UTF_8))
                .add(DeadLetterRecord.ORIGINAL_TOPIC, KafkaTopics.RAW.getBytes(StandardCharsets.UTF_8))
                .add(DeadLetterRecord.ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(0).array())
                .add(DeadLetterRecord.ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(originalOffset).array())
                .add(DeadLetterRecord.EXCEPTION_MESSAGE, "Unexpected end-of-input\n at line 1".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaAccess(bootstrap()).consumer(null)) {
            List<TopicPartition> partitions = DeadLetterInspector.partitions(consumer, topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            DeadLetterInspector.read(consumer, consumer.beginningOffsets(partitions), end, Integer.MAX_VALUE)
                    .forEach(r -> records.add(r.record()));
            return records;
        }
    }

    private static String run(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new OpsCli(new PrintStream(buffer, true, StandardCharsets.UTF_8), bootstrap()).run(List.of(args));
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static String line(String output, String topic) {
        return output.lines().filter(l -> l.startsWith(topic + " ")).findFirst().orElseThrow();
    }

    private static String bootstrap() {
        return TestServers.kafka().bootstrapServers();
    }
}
