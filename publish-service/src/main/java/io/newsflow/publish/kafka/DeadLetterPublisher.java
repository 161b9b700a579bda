package io.newsflow.publish.kafka;

import io.newsflow.publish.bulk.ExponentialBackoff;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Dead-letters records through Spring Kafka's recoverer (original bytes, {@code kafka_dlt-*}
 * headers, our reason header) on its own thread, so that Elasticsearch callbacks never wait for
 * Kafka, and tells the caller only after the dead-letter topic acknowledged the record: its
 * offset must not be committed before. A failed send is retried until it succeeds.
 */
public final class DeadLetterPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final DeadLetterPublishingRecoverer recoverer;
    private final ExponentialBackoff backoff = ExponentialBackoff.withJitter(Duration.ofMillis(200), Duration.ofSeconds(10));
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dead-letter");
        thread.setDaemon(true);
        return thread;
    });

    private final MeterRegistry meters;

    public DeadLetterPublisher(DeadLetterPublishingRecoverer recoverer, MeterRegistry meters) {
        this.recoverer = recoverer;
        this.meters = meters;
    }

    public void publish(ConsumerRecord<?, ?> record, RecordRejectedException why, Runnable afterAcknowledged) {
        executor.execute(() -> {
            for (int attempt = 1; !Thread.currentThread().isInterrupted(); attempt++) {
                try {
                    recoverer.accept(record, why);
                    log.info("Dead-lettered {}-{}@{} ({}): {}", record.topic(), record.partition(), record.offset(),
                            why.reason(), why.getMessage());
                    meters.counter("newsflow.publish.dead.letters", "reason", why.reason()).increment();
                    afterAcknowledged.run();
                    return;
                } catch (RuntimeException e) {
                    log.warn("Dead-lettering {}-{}@{} failed, retrying: {}", record.topic(), record.partition(),
                            record.offset(), e.toString());
                    try {
                        Thread.sleep(backoff.delay(attempt).toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
