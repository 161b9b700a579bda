package io.newsflow.publish.index;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * Which periods are past retention: those that ended at least {@code maxAge} ago. A null
 * {@code maxAge} keeps everything. Writes for an expired period are dropped (its index is or will
 * be deleted), so a late revision of an old article cannot recreate a dropped index.
 */
public record RetentionPolicy(IndexPeriod period, Period maxAge, Clock clock) {

    public boolean expired(String periodKey) {
        if (maxAge == null || maxAge.isZero()) {
            return false;
        }
        var cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(maxAge).toInstant();
        return period.endOf(periodKey).map(end -> !end.isAfter(cutoff)).orElse(false);
    }
}
