package io.newsflow.localstack;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.http.HttpHost;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One real broker and one real node for the whole class, through the official clients. */
class LocalStackIT {

    @TempDir
    static Path dataDir;

    static LocalStack stack;
    static Rest5Client restClient;
    static ElasticsearchClient elasticsearch;

    @BeforeAll
    static void startStack() throws Exception {
        stack = LocalStack.start(LocalStackOptions.defaults(dataDir));
        restClient = Rest5Client.builder(HttpHost.create(stack.elasticsearchUrl())).build();
        elasticsearch = new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (restClient != null) {
            restClient.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void transactionalProducerCommitsOnOneBroker() throws Exception {
        String topic = createTopic("transactions");

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(Map.of(
            ProducerConfig.TRANSACTIONAL_ID_CONFIG, "local-stack-test-" + UUID.randomUUID())))) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "article-1", "committed"));
            producer.commitTransaction();
        }

        assertThat(readAll(topic, 1)).containsExactly("committed");
    }

    @Test
    void englishAnalyzerStemsAndKeywordSubFieldMatchesExactly() throws Exception {
        String index = createArticleIndex("english");
        elasticsearch.index(i -> i.index(index).id("1").document(Map.of("title", "She runs every morning")).refresh(Refresh.True));

        assertThat(titleMatches(index, "running")).isEqualTo(1);
        assertThat(titleMatches(index, "ran away")).isZero();
        assertThat(elasticsearch.count(c -> c.index(index)
            .query(q -> q.term(t -> t.field("title.raw").value("She runs every morning")))).count()).isEqualTo(1);
        assertThat(elasticsearch.count(c -> c.index(index)
            .query(q -> q.term(t -> t.field("title.raw").value("she runs every morning")))).count()).isZero();
    }

    @Test
    void rootEndpointAnswersInfoAndPing() throws Exception {
        InfoResponse info = elasticsearch.info();

        assertThat(info.version().number()).isEqualTo("9.5.3");
        assertThat(info.clusterName()).isEqualTo("newsflow-local");
        assertThat(elasticsearch.ping().value()).isTrue();
    }

    @Test
    void elasticsearchRestartsOnTheSameUrlWithItsData() throws Exception {
        String url = stack.elasticsearchUrl();
        String index = createArticleIndex("restart");
        elasticsearch.index(i -> i.index(index).id("1").document(Map.of("title", "Kept across restarts")).refresh(Refresh.True));

        stack.elasticsearch().restart();

        assertThat(stack.elasticsearch().isRunning()).isTrue();
        assertThat(stack.elasticsearchUrl()).isEqualTo(url);
        elasticsearch.cluster().health(h -> h.index(index).waitForStatus(HealthStatus.Green).timeout(t -> t.time("60s")));
        assertThat(titleMatches(index, "restart")).isEqualTo(1);
    }

    @Test
    void kafkaRestartsOnTheSamePortWithItsTopics() throws Exception {
        String bootstrapServers = stack.kafkaBootstrapServers();
        String topic = createTopic("restart");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(Map.of()))) {
            producer.send(new ProducerRecord<>(topic, "article-1", "before")).get();
        }

        stack.kafka().restart();

        assertThat(stack.kafka().isRunning()).isTrue();
        assertThat(stack.kafkaBootstrapServers()).isEqualTo(bootstrapServers);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(Map.of()))) {
            producer.send(new ProducerRecord<>(topic, "article-2", "after")).get();
        }
        assertThat(readAll(topic, 2)).containsExactly("before", "after");
    }

    @Test
    void aSecondStackOnTheSameDataDirectoryIsRefused() {
        assertThatThrownBy(() -> LocalStack.start(LocalStackOptions.defaults(dataDir)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("in use by another running local stack");
    }

    private static String createTopic(String prefix) throws Exception {
        String topic = prefix + "-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        return topic;
    }

    private static Map<String, Object> producerConfig(Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.ACKS_CONFIG, "all"));
        config.putAll(extra);
        return config;
    }

    /** Reads the topic from the start, as a read_committed consumer, until it has {@code expected} values. */
    private static List<String> readAll(String topic, int expected) {
        Map<String, Object> config = Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    /** An index as readers see articles: English full text with a keyword sub-field for exact match. */
    private static String createArticleIndex(String prefix) throws Exception {
        String index = prefix + "-" + UUID.randomUUID();
        elasticsearch.indices().create(c -> c.index(index)
            .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
            .mappings(m -> m.properties("title", p -> p.text(t -> t.analyzer("english").fields("raw", f -> f.keyword(k -> k))))));
        return index;
    }

    private static long titleMatches(String index, String text) throws Exception {
        return elasticsearch.count(c -> c.index(index).query(q -> q.match(m -> m.field("title").query(text)))).count();
    }
}
