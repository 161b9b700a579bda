package io.newsflow.ingest.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Reads a compacted topic from its beginning into memory and then follows it, the way a table is
 * kept in step with its changelog: every instance sees every key, including those other instances
 * write. No consumer group: each instance reads all partitions. Committed records only.
 */
public final class CompactedTopicReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CompactedTopicReader.class);

    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final BiConsumer<String, byte[]> apply;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;

    public CompactedTopicReader(Map<String, Object> consumerProperties, String topic, BiConsumer<String, byte[]> apply) {
        Map<String, Object> config = new HashMap<>(consumerProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.topic = topic;
        this.apply = apply;
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = Thread.ofPlatform().daemon().name("reader-" + topic).unstarted(this::run);
    }

    public void start() {
        thread.start();
    }

    /** Waits until everything the topic held at start has been applied. */
    public boolean awaitLoaded(Duration timeout) throws InterruptedException {
        return loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(60)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    applySafely(record);
                }
                if (loaded.getCount() > 0 && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
                    log.info("Loaded {} up to offsets {}", topic, end);
                    loaded.countDown();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            log.error("Stopped following {}", topic, e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void applySafely(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.key() != null && record.value() != null) {
                apply.accept(record.key(), record.value());
            }
        } catch (RuntimeException e) {
            // One unreadable state record must not stop the table from following the rest.
            log.warn("Skipping unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset(), e);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
