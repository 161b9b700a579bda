package io.newsflow.publish.offsets;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.support.Acknowledgment;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Commits, per partition, only the contiguous prefix of records that are done (indexed, or
 * dead-lettered), as kafka-connect-elasticsearch's offset tracker does: records finish out of
 * order (batches, retries), and committing a later offset would skip an earlier record that is
 * still waiting for Elasticsearch if the service stopped now.
 *
 * <p>Acknowledgments are Spring Kafka's (ack mode MANUAL): acknowledging from an ingester thread
 * queues the commit for the consumer thread. After a partition is revoked its late completions
 * are ignored: its new owner consumes those records again (and indexing them twice is harmless).
 */
public final class OffsetTracker {

    private final Map<TopicPartition, PartitionOffsets> partitions = new HashMap<>();
    private final IntConsumer inFlightObserver;
    private int inFlight;

    /** @param inFlightObserver told the number of records not yet done after each change (outside the lock) */
    public OffsetTracker(IntConsumer inFlightObserver) {
        this.inFlightObserver = inFlightObserver;
    }

    /** Called on the consumer thread, in offset order per partition. */
    public TrackedRecord track(TopicPartition partition, long offset, Acknowledgment acknowledgment) {
        TrackedRecord record;
        int now;
        synchronized (this) {
            record = partitions.computeIfAbsent(partition, PartitionOffsets::new).add(offset, acknowledgment);
            now = ++inFlight;
        }
        inFlightObserver.accept(now);
        return record;
    }

    /** Called once per tracked record, from any thread, when it no longer needs Elasticsearch or Kafka. */
    public void completed(TrackedRecord record) {
        int now;
        synchronized (this) {
            if (record.done || partitions.get(record.partition.topicPartition) != record.partition) {
                return; // revoked meanwhile, or completed twice
            }
            inFlight--;
            Acknowledgment commitUpTo = record.partition.complete(record);
            if (commitUpTo != null) {
                // Under the lock, so that no acknowledgment for a partition is queued after its revocation.
                commitUpTo.acknowledge();
            }
            now = inFlight;
        }
        inFlightObserver.accept(now);
    }

    /** Forgets revoked or lost partitions; called on the consumer thread before Spring commits pending acks. */
    public void revoked(Collection<TopicPartition> revoked) {
        int now;
        synchronized (this) {
            for (TopicPartition partition : revoked) {
                PartitionOffsets offsets = partitions.remove(partition);
                if (offsets != null) {
                    inFlight -= offsets.size();
                }
            }
            now = inFlight;
        }
        inFlightObserver.accept(now);
    }

    public synchronized int inFlight() {
        return inFlight;
    }
}
