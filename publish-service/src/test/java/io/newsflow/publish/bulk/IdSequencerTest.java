package io.newsflow.publish.bulk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdSequencerTest {

    private final IdSequencer<String> sequencer = new IdSequencer<>();

    @Test
    void secondOperationOnAnIdWaitsForTheFirstAndKeepsArrivalOrder() {
        assertThat(sequencer.enter("a", "a-rev1")).isTrue();
        assertThat(sequencer.enter("b", "b-rev1")).isTrue();
        assertThat(sequencer.enter("a", "a-rev2")).isFalse();
        assertThat(sequencer.enter("a", "a-delete")).isFalse();

        assertThat(sequencer.exit("a")).isEqualTo("a-rev2");
        assertThat(sequencer.exit("a")).isEqualTo("a-delete");
        assertThat(sequencer.exit("a")).isNull();
        assertThat(sequencer.enter("a", "a-rev3")).as("idle again").isTrue();
    }
}
