package io.newsflow.publish.index;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexNamesTest {

    private final IndexNames names = new IndexNames("news", "news-v", IndexPeriod.MONTH);

    @Test
    void namesOneIndexPerMonthOfTheRoutingDateInUtc() {
        assertThat(names.index(1, IndexPeriod.MONTH.key(Instant.parse("2026-12-31T23:59:59Z")))).isEqualTo("news-v1-2026.12");
        assertThat(names.index(1, IndexPeriod.MONTH.key(Instant.parse("2027-01-01T00:00:00Z")))).isEqualTo("news-v1-2027.01");
        assertThat(names.periodAlias("2026.12")).isEqualTo("news-2026.12");
        assertThat(names.periodOf("news-v3-2026.12")).contains("2026.12");
        assertThat(names.periodOf("news-v3")).as("the single-index layout has no period").isEmpty();
        assertThat(IndexPeriod.YEAR.key(Instant.parse("2026-06-01T00:00:00Z"))).isEqualTo("2026");
        assertThat(IndexPeriod.DAY.endOf("2026.02.28")).contains(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void findsTheHighestVersionAmongVersionedNamesOnly() {
        assertThat(names.highestVersion(List.of("news-v1", "news-v12-2026.11", "news-v3", "news-vx", "news-v4-junk", "other")))
                .isEqualTo(12);
        assertThat(names.highestVersion(List.of())).isZero();
        assertThat(names.versionOf("news-v0")).isEmpty();
    }

    @Test
    void aPeriodExpiresWhenItEndedAtLeastTheRetentionAgo() {
        Clock now = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        RetentionPolicy policy = new RetentionPolicy(IndexPeriod.MONTH, Period.ofMonths(24), now);

        assertThat(policy.expired("2024.10")).isTrue();
        assertThat(policy.expired("2024.11")).as("ended 2024-12-01T00:00, 24 months and 10 hours ago").isTrue();
        assertThat(policy.expired("2024.12")).isFalse();
        assertThat(policy.expired("junk")).isFalse();
        assertThat(new RetentionPolicy(IndexPeriod.MONTH, null, now).expired("1999.01")).as("no max-age keeps all").isFalse();
    }
}
