package io.newsflow.publish.kafka;

import io.newsflow.servicesupport.edge.DeadLetters;
import io.newsflow.servicesupport.edge.FailureKind;
import io.newsflow.servicesupport.edge.FailurePolicy;
import io.newsflow.servicesupport.edge.StageProperties;
import io.newsflow.servicesupport.edge.StageState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Dead-letters records through the shared {@link DeadLetters} on a thread of its own, so that
 * Elasticsearch callbacks never wait for Kafka, and tells the caller only after the dead-letter
 * topic acknowledged the record: its offset must not be committed before. The shared policy
 * applies to the send: a transient failure is retried with the stage's back-off, without limit
 * (readiness shows it); any other failure (the broker refusing this service, for example) stops the
 * stage, since every later dead letter would meet it too, and the record's offset is never committed.
 * (A dead letter too large for its topic is not such a failure: {@link DeadLetters} sends it without its value.)
 */
public final class DeadLetterPublisher implements AutoCloseable {

    private final DeadLetters deadLetters;
    private final StageState state;
    private final BackOff backOff;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "dead-letter");
        thread.setDaemon(true);
        return thread;
    });

    public DeadLetterPublisher(DeadLetters deadLetters, StageState state, StageProperties stage) {
        this.deadLetters = deadLetters;
        this.state = state;
        this.backOff = stage.retry().backOff();
    }

    public void publish(ConsumerRecord<?, ?> record, RecordRejectedException why, Runnable afterAcknowledged) {
        executor.execute(() -> {
            BackOffExecution retries = null;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    deadLetters.send(record, why);
                    if (retries != null) {
                        state.working();
                    }
                    afterAcknowledged.run();
                    return;
                } catch (RuntimeException e) {
                    if (FailurePolicy.classify(e) != FailureKind.TRANSIENT) {
                        state.stop(e);
                        return;
                    }
                    state.retrying(e);
                    retries = retries == null ? backOff.start() : retries;
                    pause(retries.nextBackOff());
                }
            }
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
