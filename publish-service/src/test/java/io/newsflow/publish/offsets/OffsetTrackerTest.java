package io.newsflow.publish.offsets;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class OffsetTrackerTest {

    private static final TopicPartition P0 = new TopicPartition("news.enriched", 0);
    private static final TopicPartition P1 = new TopicPartition("news.enriched", 1);

    private final List<String> acknowledged = new ArrayList<>();
    private final AtomicInteger lastInFlight = new AtomicInteger(-1);
    private final OffsetTracker tracker = new OffsetTracker(lastInFlight::set);

    private TrackedRecord track(TopicPartition partition, long offset) {
        Acknowledgment ack = () -> acknowledged.add(partition.partition() + "@" + offset);
        return tracker.track(partition, offset, ack);
    }

    @Test
    void commitsOnlyTheContiguousPrefixOfDoneRecords() {
        TrackedRecord r10 = track(P0, 10);
        TrackedRecord r11 = track(P0, 11);
        TrackedRecord r12 = track(P0, 12);

        tracker.completed(r12);
        tracker.completed(r11);
        assertThat(acknowledged).as("offset 10 still waits, so nothing after it may be committed").isEmpty();

        tracker.completed(r10);
        assertThat(acknowledged).containsExactly("0@12");
        assertThat(tracker.inFlight()).isZero();
        assertThat(lastInFlight.get()).isZero();
    }

    @Test
    void partitionsAreIndependent() {
        TrackedRecord a = track(P0, 5);
        TrackedRecord b = track(P1, 7);
        track(P0, 6);

        tracker.completed(b);
        tracker.completed(a);

        assertThat(acknowledged).containsExactly("1@7", "0@5");
        assertThat(tracker.inFlight()).isEqualTo(1);
    }

    @Test
    void lateCompletionOfARevokedPartitionIsIgnored() {
        TrackedRecord old = track(P0, 3);
        tracker.revoked(List.of(P0));
        assertThat(tracker.inFlight()).isZero();

        TrackedRecord again = track(P0, 3); // reassigned and consumed again from the committed offset
        tracker.completed(old);
        assertThat(acknowledged).isEmpty();

        tracker.completed(again);
        assertThat(acknowledged).containsExactly("0@3");
    }

    @Test
    void completingTwiceCountsOnce() {
        TrackedRecord r = track(P0, 1);
        track(P0, 2);
        tracker.completed(r);
        tracker.completed(r);
        assertThat(tracker.inFlight()).isEqualTo(1);
        assertThat(acknowledged).containsExactly("0@1");
    }
}
