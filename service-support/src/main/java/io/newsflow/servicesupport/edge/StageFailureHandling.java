package io.newsflow.servicesupport.edge;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.util.List;

/**
 * What the listener containers do with a failure that left the listener, configured once for every
 * stage: {@link #afterRollbackProcessor} for transactional containers (ingest, enrich: the whole
 * batch's transaction was rolled back; their error handler only passes the failure on to it),
 * {@link #errorHandler} for the others (publish).
 *
 * <ul>
 *   <li>{@link FailureKind#STAGE}: the stage stops consuming ({@link StageState#stop}); the records
 *       stay uncommitted and are read again after the restart;</li>
 *   <li>anything else: the records are sought back and retried after the capped, jittered
 *       back-off, without limit, and readiness shows it while it lasts. Records at fault do not get
 *       here in a transactional stage (the listener dead-letters them in its transaction); in a
 *       non-transactional one the error handler dead-letters them at once.</li>
 * </ul>
 */
public final class StageFailureHandling {

    private StageFailureHandling() {
    }

    public static AfterRollbackProcessor<Object, Object> afterRollbackProcessor(StageProperties stage, StageState state) {
        DefaultAfterRollbackProcessor<Object, Object> retrying = new DefaultAfterRollbackProcessor<>(
                (record, failure) -> { }, stage.retry().backOff());
        return new AfterRollbackProcessor<>() {
            @Override
            public void process(List<ConsumerRecord<Object, Object>> records, Consumer<Object, Object> consumer,
                                MessageListenerContainer container, Exception failure, boolean recoverable,
                                ContainerProperties.EOSMode eosMode) {
                observe(state, failure, true);
                retrying.process(records, consumer, container, failure, recoverable, eosMode);
            }

            @Override
            public void processBatch(ConsumerRecords<Object, Object> records, List<ConsumerRecord<Object, Object>> recordList,
                                     Consumer<Object, Object> consumer, MessageListenerContainer container, Exception failure,
                                     boolean recoverable, ContainerProperties.EOSMode eosMode) {
                observe(state, failure, true);
                retrying.processBatch(records, recordList, consumer, container, failure, recoverable, eosMode);
            }

            @Override
            public boolean isProcessInTransaction() {
                return retrying.isProcessInTransaction();
            }

            @Override
            public void clearThreadState() {
                retrying.clearThreadState();
            }
        };
    }

    /**
     * The error handler of non-transactional containers: a record at fault (or with an undeclared
     * failure) goes to the dead letters at once; transient failures are retried without limit;
     * a stage failure stops the stage and is not dead-lettered.
     *
     * @param ackAfterHandle whether the container may commit a dead-lettered record's offset at once
     *                       (false where offsets are committed in order by the stage itself)
     */
    public static DefaultErrorHandler errorHandler(StageProperties stage, StageState state, DeadLetters deadLetters,
                                                   boolean ackAfterHandle) {
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            if (FailurePolicy.classify(failure) == FailureKind.STAGE) {
                throw new StageUnavailableException("not dead-lettered: the stage cannot work", failure);
            }
            deadLetters.send(record, failure);
        }, stage.retry().backOff()) {
            @Override
            public void handleOtherException(Exception failure, Consumer<?, ?> consumer, MessageListenerContainer container,
                                             boolean batchListener) {
                observe(state, failure, false);
                super.handleOtherException(failure, consumer, container, batchListener);
            }

            @Override
            public boolean handleOne(Exception failure, ConsumerRecord<?, ?> record, Consumer<?, ?> consumer,
                                     MessageListenerContainer container) {
                observe(state, failure, false);
                return super.handleOne(failure, record, consumer, container);
            }

            /**
             * Batch listeners (ingest, enrich) run in a transaction and handle their records'
             * failures themselves: what escapes them must roll the whole transaction back, to the
             * after-rollback processor. Retrying the batch here, inside a transaction the failure
             * may have doomed, could never succeed.
             */
            @Override
            public <K, V> ConsumerRecords<K, V> handleBatchAndReturnRemaining(Exception failure, ConsumerRecords<?, ?> records,
                                                                              Consumer<?, ?> consumer, MessageListenerContainer container,
                                                                              Runnable invokeListener) {
                throw new KafkaException("batch failed; rolled back for the after-rollback processor", failure);
            }

            @Override
            public void handleBatch(Exception failure, ConsumerRecords<?, ?> records, Consumer<?, ?> consumer,
                                    MessageListenerContainer container, Runnable invokeListener) {
                throw new KafkaException("batch failed; rolled back for the after-rollback processor", failure);
            }

            @Override
            public void handleRemaining(Exception failure, List<ConsumerRecord<?, ?>> records, Consumer<?, ?> consumer,
                                        MessageListenerContainer container) {
                observe(state, failure, false);
                super.handleRemaining(failure, records, consumer, container);
            }
        };
        BackOff now = new FixedBackOff(0, 0);
        handler.setBackOffFunction((record, failure) -> switch (FailurePolicy.classify(failure)) {
            case TRANSIENT -> null; // the default: capped exponential, unlimited
            default -> now;
        });
        handler.setAckAfterHandle(ackAfterHandle);
        return handler;
    }

    /** @param retriesAll whether every failure but a stage failure is retried (after a rollback) or only transient ones */
    private static void observe(StageState state, Exception failure, boolean retriesAll) {
        FailureKind kind = FailurePolicy.classify(failure);
        if (kind == FailureKind.STAGE) {
            state.stop(failure);
        } else if (retriesAll || kind == FailureKind.TRANSIENT) {
            state.retrying(failure);
        }
    }
}
