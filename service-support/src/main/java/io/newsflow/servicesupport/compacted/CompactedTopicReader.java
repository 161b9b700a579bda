package io.newsflow.servicesupport.compacted;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Reads a compacted topic from its beginning to its end offsets, and then follows it, the way a
 * table is kept in step with its changelog: every instance sees every key, including those other
 * instances write. No consumer group (each reader reads all partitions), committed records only.
 * When reading fails (the broker gone for longer than the client waits, a bug in {@code apply}), the
 * reader says so in {@link #health()}, and starts again after a back-off from where it had got to,
 * so it never stops following silently and never applies a record twice in a row out of order.
 */
public final class CompactedTopicReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CompactedTopicReader.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private enum Phase { LOADING, FOLLOWING, RESTARTING, CLOSED }

    private record State(Phase phase, Instant since, String error, long restarts) {
    }

    private final String topic;
    private final Map<String, Object> config;
    private final BiConsumer<String, byte[]> apply;
    private final BackOff backOff;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final Map<TopicPartition, Long> positions = new HashMap<>();
    private final Thread thread;
    private volatile State state = new State(Phase.LOADING, Instant.now(), null, 0);
    private volatile KafkaConsumer<String, byte[]> consumer;

    /**
     * @param apply   applies one record (the latest value of its key at that point); records without
     *                key or value are skipped, and a record {@code apply} cannot read is logged and skipped
     * @param backOff pauses between restarts after a failure
     */
    public CompactedTopicReader(Map<String, Object> consumerProperties, String topic, BiConsumer<String, byte[]> apply,
                                BackOff backOff) {
        Map<String, Object> config = new HashMap<>(consumerProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.config = config;
        this.topic = topic;
        this.apply = apply;
        this.backOff = backOff;
        this.thread = Thread.ofPlatform().daemon().name("reader-" + topic).unstarted(this::run);
    }

    /**
     * One pass over the consumer's assigned partitions: from their positions to the end offsets as of
     * now (with read_committed, the last stable offsets: open transactions are not waited for).
     * Records past that end are left for the next pass. Returns the end offsets.
     */
    public static <K, V> Map<TopicPartition, Long> readToEnd(Consumer<K, V> consumer,
                                                             java.util.function.Consumer<ConsumerRecord<K, V>> each) {
        Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(consumer.assignment()));
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            for (ConsumerRecord<K, V> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(partition)) {
                    each.accept(record);
                } else {
                    consumer.seek(partition, end.get(partition));
                }
            }
        }
        return end;
    }

    public void start() {
        thread.start();
    }

    /** Waits until everything the topic held at start has been applied. */
    public boolean awaitLoaded(Duration timeout) throws InterruptedException {
        return loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** UP while loading or following; DOWN, with the error, while waiting to restart after a failure. */
    public Health health() {
        State current = state;
        Health.Builder builder = current.phase() == Phase.RESTARTING ? Health.down() : Health.up();
        builder.withDetail("topic", topic).withDetail("phase", current.phase().name().toLowerCase())
                .withDetail("since", current.since().toString()).withDetail("restarts", current.restarts());
        return current.error() == null ? builder.build() : builder.withDetail("error", current.error()).build();
    }

    private void run() {
        BackOffExecution restarts = null;
        while (state.phase() != Phase.CLOSED) {
            try (KafkaConsumer<String, byte[]> reading = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer = reading;
                if (state.phase() == Phase.CLOSED) {
                    return;
                }
                assignFromLastPositions(reading);
                if (loaded.getCount() > 0) {
                    Map<TopicPartition, Long> end = readToEnd(reading, this::applySafely);
                    log.info("Loaded {} up to offsets {}", topic, end);
                    loaded.countDown();
                }
                state = new State(Phase.FOLLOWING, Instant.now(), null, state.restarts());
                restarts = null;
                while (state.phase() != Phase.CLOSED) {
                    reading.poll(POLL).forEach(this::applySafely);
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (state.phase() == Phase.CLOSED) {
                    return;
                }
                restarts = restarts == null ? backOff.start() : restarts;
                long pause = restarts.nextBackOff();
                log.error("Reading {} failed; starting again in {} ms from where it got to", topic, pause, e);
                state = new State(Phase.RESTARTING, Instant.now(), e.toString(), state.restarts() + 1);
                if (!sleep(pause)) {
                    return;
                }
            }
        }
    }

    private void assignFromLastPositions(KafkaConsumer<String, byte[]> reading) {
        List<TopicPartition> partitions = reading.partitionsFor(topic, Duration.ofSeconds(60)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        reading.assign(partitions);
        for (TopicPartition partition : partitions) {
            Long position = positions.get(partition);
            if (position == null) {
                reading.seekToBeginning(List.of(partition));
            } else {
                reading.seek(partition, position);
            }
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
        positions.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        state = new State(Phase.CLOSED, Instant.now(), null, state.restarts());
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
