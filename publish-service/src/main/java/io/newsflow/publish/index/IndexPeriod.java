package io.newsflow.publish.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** How much time one index of a set covers; its key ends the index name ({@code news-v1-2026.12}). UTC. */
public enum IndexPeriod {
    DAY(DateTimeFormatter.ofPattern("uuuu.MM.dd")) {
        @Override
        Instant end(String key) {
            return LocalDate.parse(key, format).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    },
    MONTH(DateTimeFormatter.ofPattern("uuuu.MM")) {
        @Override
        Instant end(String key) {
            return YearMonth.parse(key, format).plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    },
    YEAR(DateTimeFormatter.ofPattern("uuuu")) {
        @Override
        Instant end(String key) {
            return Year.parse(key, format).plusYears(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    };

    final DateTimeFormatter format;

    IndexPeriod(DateTimeFormatter format) {
        this.format = format;
    }

    /** The key of the period that holds {@code instant}, for example {@code 2026.12}. */
    public String key(Instant instant) {
        return format.format(instant.atZone(ZoneOffset.UTC));
    }

    /** The first instant after the period named by {@code key}. */
    abstract Instant end(String key);

    /** The end of the period, or empty when {@code key} is not a key of this period. */
    public Optional<Instant> endOf(String key) {
        try {
            return Optional.of(end(key));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
