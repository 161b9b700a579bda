package io.newsflow.publish.bulk;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Delay before retry number {@code attempt} (1, 2, ...): the initial delay doubled per attempt up
 * to a cap, with "equal jitter" (half fixed, half random) so that many failed requests do not
 * come back at the same instant. The random source is injectable for tests.
 */
public final class ExponentialBackoff {

    private final long initialMillis;
    private final long maxMillis;
    private final DoubleSupplier random;

    public ExponentialBackoff(Duration initial, Duration max, DoubleSupplier random) {
        this.initialMillis = Math.max(1, initial.toMillis());
        this.maxMillis = Math.max(initialMillis, max.toMillis());
        this.random = random;
    }

    /** The production form: random jitter. */
    public static ExponentialBackoff withJitter(Duration initial, Duration max) {
        return new ExponentialBackoff(initial, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    public Duration delay(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        long ceiling = Math.min(maxMillis, initialMillis << doublings);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
