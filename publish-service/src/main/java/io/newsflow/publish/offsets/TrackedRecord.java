package io.newsflow.publish.offsets;

import org.springframework.kafka.support.Acknowledgment;

/** A consumed record whose offset may be committed once it and every record before it are done. */
public final class TrackedRecord {

    final PartitionOffsets partition;
    final long offset;
    final Acknowledgment acknowledgment;
    boolean done;

    TrackedRecord(PartitionOffsets partition, long offset, Acknowledgment acknowledgment) {
        this.partition = partition;
        this.offset = offset;
        this.acknowledgment = acknowledgment;
    }

    public long offset() {
        return offset;
    }
}
