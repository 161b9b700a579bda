package io.newsflow.servicesupport.edge;

import io.newsflow.contract.ReasonCode;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a stage's listener calls when one record's processing failed, or when its work went
 * through: applies the {@link FailurePolicy}. A record at fault is dead-lettered at once; a
 * transient or stage failure is thrown on, to the container's after-rollback processor or error
 * handler ({@link StageFailureHandling}), which retries or stops the stage. An undeclared failure is
 * dead-lettered too, unless {@code newsflow.stage.max-consecutive-failures} records in a row failed
 * that way: then the stage, not the records, is broken (a tagger that throws on everything), and
 * dead-lettering the stream would only empty it into the dead-letter topic.
 */
public class StageEdge {

    private final DeadLetters deadLetters;
    private final StageState state;
    private final int maxConsecutiveFailures;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();

    public StageEdge(DeadLetters deadLetters, StageState state, StageProperties properties) {
        this.deadLetters = deadLetters;
        this.state = state;
        this.maxConsecutiveFailures = properties.maxConsecutiveFailures();
    }

    /**
     * Dead-letters the record (returning the reason) or throws the failure on.
     *
     * @throws StageUnavailableException when the stage cannot work (declared, or by the run of failures)
     * @throws RuntimeException          the failure itself when it is transient
     */
    public ReasonCode failed(ConsumerRecord<?, ?> record, Throwable failure) {
        switch (FailurePolicy.classify(failure)) {
            case RECORD -> {
                return deadLetters.send(record, asException(failure));
            }
            case UNDECLARED -> {
                int inARow = consecutiveFailures.incrementAndGet();
                if (inARow >= maxConsecutiveFailures) {
                    throw new StageUnavailableException(inARow + " records in a row failed with undeclared errors", failure);
                }
                return deadLetters.send(record, asException(failure));
            }
            case STAGE -> throw failure instanceof StageUnavailableException stage ? stage
                    : new StageUnavailableException("the stage cannot work", failure);
            default -> throw failure instanceof RuntimeException unchecked ? unchecked
                    : new IllegalStateException(failure);
        }
    }

    /**
     * Throws the failure of a send that has already failed (the producer fails a send at once when,
     * for example, the broker has not answered for {@code max.block.ms}). Such a failure dooms the
     * running transaction anyway; thrown at once, the batch rolls back and is retried, instead of
     * every later send of the batch waiting for the absent broker in turn.
     */
    public <T extends CompletableFuture<?>> T sent(T send) {
        if (send.isCompletedExceptionally()) {
            try {
                send.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        return send;
    }

    /**
     * One record's work went through: ends a run of undeclared failures, and a retry's DOWN once the
     * work is durable (when the running Kafka transaction commits, if there is one).
     */
    public void succeeded() {
        consecutiveFailures.set(0);
        if (state.condition() == StageState.Condition.RETRYING) {
            AfterCommit.run(state::working);
        }
    }

    private static Exception asException(Throwable failure) {
        return failure instanceof Exception e ? e : new IllegalStateException(failure);
    }
}
