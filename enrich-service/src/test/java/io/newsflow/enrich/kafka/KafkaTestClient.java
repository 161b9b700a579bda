package io.newsflow.enrich.kafka;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Source;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Plain Kafka clients for tests: feed news.raw as a feeder would, read news.enriched as a reader would. */
public final class KafkaTestClient {

    private final String bootstrapServers;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** news.raw normally belongs to the ingest service; tests create it as ingest would. */
    public void createRawTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(KafkaTopics.RAW, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static RawArticle article(String id, String title, String body) {
        return new RawArticle(RawArticle.SCHEMA_VERSION, id, 1, "https://news.example/" + id, "https://news.example/" + id,
                new Source("Example News", "news.example"), title, null, body, List.of(), "en",
                Instant.parse("2026-11-27T08:00:00Z"), null, Instant.now(), null, "hash-" + id, null);
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    void send(String key, RawArticle article) {
        sendBytes(KafkaTopics.RAW, key, article == null ? null : ArticleJson.write(article));
    }

    void sendBytes(String topic, String key, byte[] value) {
        sendBytes(topic, key, value, Map.of());
    }

    void sendBytes(String topic, String key, byte[] value, Map<String, String> headers) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, header) -> record.headers().add(name, header.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Articles to news.raw through one producer, so they arrive together (as one backlog). */
    void sendAll(Collection<RawArticle> articles) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            List<Future<RecordMetadata>> sent = articles.stream()
                    .map(article -> producer.send(new ProducerRecord<>(KafkaTopics.RAW, article.id(), ArticleJson.write(article))))
                    .toList();
            for (Future<RecordMetadata> each : sent) {
                each.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A consumer of one topic from its beginning, in a group of its own. */
    KafkaConsumer<String, byte[]> consumer(String topic, String isolationLevel) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    static List<ConsumerRecord<String, byte[]>> poll(KafkaConsumer<String, byte[]> consumer) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        return records;
    }

    static EnrichedArticle enriched(ConsumerRecord<String, byte[]> record) {
        return ArticleJson.read(record.value(), EnrichedArticle.class);
    }
}
