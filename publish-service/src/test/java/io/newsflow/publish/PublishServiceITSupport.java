package io.newsflow.publish;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Shared set-up of the publish service's integration tests: one Spring context (same properties
 * in every class, so the context cache reuses it), the real broker and node from TestServers, and
 * helpers to feed {@code news.enriched} and look at what readers see through alias {@code news}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsflow.publish.bulk.flush-interval=200ms",
        "newsflow.publish.retry.max-backoff=2s",
        "newsflow.publish.consumer.max-in-flight=400",
        "newsflow.publish.consumer.resume-in-flight=200",
        "spring.kafka.consumer.group-id=publish-service-it"})
public abstract class PublishServiceITSupport {

    public static final String ALIAS = "news";
    public static final String DEAD_LETTERS = KafkaTopics.deadLetter(KafkaTopics.ENRICHED);

    private static KafkaProducer<String, byte[]> producer;

    @Autowired
    protected ElasticsearchClient elasticsearch;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.registerKafka(registry);
        TestServers.registerElasticsearch(registry);
        createEnrichedTopic();
    }

    /** news.enriched belongs to the enrich service; the tests create it as that service does. */
    private static void createEnrichedTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(KafkaTopics.ENRICHED, 3, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 5),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @AfterAll
    static void flushProducer() {
        if (producer != null) {
            producer.flush();
        }
    }

    /** Produces the article keyed by its id and waits for the broker's acknowledgment. */
    protected static RecordMetadata publish(EnrichedArticle article) {
        return acknowledged(send(article.id(), ArticleJson.write(article)));
    }

    /** Produces a record to news.enriched without waiting, so that several land in one batch. */
    protected static Future<RecordMetadata> send(String key, byte[] value) {
        return producer().send(new ProducerRecord<>(KafkaTopics.ENRICHED, key, value));
    }

    protected static RecordMetadata acknowledged(Future<RecordMetadata> sent) {
        try {
            return sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Produces a record with headers (a tombstone's retracted revision and routing date) without waiting. */
    protected static Future<RecordMetadata> send(String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(KafkaTopics.ENRICHED, key, value);
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        return producer().send(record);
    }

    /**
     * The document readers get for this id through the alias: a search, as the readers' guide
     * does (a get by id needs one index, and the alias spans one per month). Real-time: refreshes first.
     */
    @SuppressWarnings("rawtypes")
    protected Optional<Map> document(String id) throws IOException {
        return hits(id).stream().findFirst().map(Hit::source);
    }

    /** Every hit for this id across the alias (more than one would be a duplicate), after a refresh. */
    @SuppressWarnings("rawtypes")
    protected List<Hit<Map>> hits(String id) throws IOException {
        elasticsearch.indices().refresh(r -> r.index(ALIAS));
        return elasticsearch.search(s -> s.index(ALIAS).version(true).query(q -> q.ids(i -> i.values(id))), Map.class)
                .hits().hits();
    }

    protected Map<?, ?> awaitDocument(String id) {
        return await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> document(id), Optional::isPresent).orElseThrow();
    }

    /** Waits until the service committed this record's offset: it has been fully handled. */
    protected static void awaitHandled(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> committedOffset(partition) > record.offset());
    }

    private static long committedOffset(TopicPartition partition) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets("publish-service-it")
                    .partitionsToOffsetAndMetadata().get().get(partition);
            return committed == null ? -1 : committed.offset();
        }
    }

    /** Committed offsets of the service's group and end offsets of news.enriched, per partition. */
    protected static Map<TopicPartition, long[]> committedAndEndOffsets() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("publish-service-it")
                    .partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                partitions.add(new TopicPartition(KafkaTopics.ENRICHED, p));
            }
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                    .all().get();
            return partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> new long[]{
                    committed.get(tp) == null ? 0 : committed.get(tp).offset(), ends.get(tp).offset()}));
        }
    }

    /** Dead-letter records whose key is one of {@code keys}, read from the beginning of the topic. */
    protected static List<ConsumerRecord<String, byte[]>> deadLetters(java.util.Collection<String> keys) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(DEAD_LETTERS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
