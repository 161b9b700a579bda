package io.newsflow.publish.bulk;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ExponentialBackoffTest {

    @Test
    void doublesPerAttemptUpToTheCap() {
        ExponentialBackoff longest = new ExponentialBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 1.0);
        assertThat(longest.delay(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(longest.delay(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(longest.delay(4)).isEqualTo(Duration.ofMillis(800));
        assertThat(longest.delay(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(longest.delay(1000)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void jitterKeepsAtLeastHalfTheDelay() {
        ExponentialBackoff shortest = new ExponentialBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0.0);
        assertThat(shortest.delay(2)).isEqualTo(Duration.ofMillis(100));
        assertThat(shortest.delay(9)).isEqualTo(Duration.ofMillis(500));
    }
}
