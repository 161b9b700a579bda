package io.newsflow.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Dates as pages and feeds write them: ISO-8601 with or without offset, seconds or time
 * ("2026-11-27", "2026-11-27 07:30", "2026-11-27T07:30+0100"), and RFC 1123 ("Fri, 27 Nov 2026
 * 07:30:00 GMT"). A date without an offset is taken as UTC.
 */
final class Dates {

    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XX][X]").toFormatter(Locale.ROOT);

    private static final List<Function<String, Instant>> ISO_FORMS = List.of(
            text -> OffsetDateTime.parse(text).toInstant(),
            text -> ZonedDateTime.parse(text, OFFSET_WITHOUT_COLON).toInstant(),
            text -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC),
            text -> LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));

    private Dates() {
    }

    /** The instant, or null when the text is not a date in a known form. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        try {
            return ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // not RFC 1123; try ISO forms
        }
        String iso = trimmed.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) (?=\\d)", "$1T");
        for (Function<String, Instant> form : ISO_FORMS) {
            try {
                return form.apply(iso);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
