package io.newsflow.publish.kafka;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumptionThrottleTest {

    private final List<String> calls = new ArrayList<>();
    private final ConsumptionThrottle throttle = new ConsumptionThrottle(new ConsumptionThrottle.Consumption() {
        @Override
        public void pause() {
            calls.add("pause");
        }

        @Override
        public void resume() {
            calls.add("resume");
        }
    }, 10, 5);

    @Test
    void pausesAtTheHighWaterMarkAndResumesAtTheLowOne() {
        throttle.accept(9);
        throttle.accept(10);
        throttle.accept(11);
        throttle.accept(6);
        assertThat(calls).containsExactly("pause");
        throttle.accept(5);
        assertThat(calls).containsExactly("pause", "resume");
    }

    @Test
    void pausesDuringAnOutageEvenWithFewRecordsWaiting() {
        throttle.unreachable(new java.net.ConnectException("refused"));
        throttle.unreachable(new java.net.ConnectException("refused"));
        throttle.accept(1);
        assertThat(throttle.paused()).isTrue();
        throttle.reachable();
        assertThat(calls).containsExactly("pause", "resume");
    }

    @Test
    void staysPausedUntilBothReasonsAreGone() {
        throttle.accept(10);
        throttle.unreachable(new java.net.ConnectException("refused"));
        throttle.reachable();
        assertThat(throttle.paused()).as("still a backlog").isTrue();
        throttle.accept(0);
        assertThat(calls).containsExactly("pause", "resume");
    }
}
