package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence boundaries inside a paragraph, as start offsets, so callers can cut sentences off its
 * edges and keep the rest verbatim. Besides the usual ". " boundary it finds the one scrapers make
 * when they glue two blocks together without a space ("...donate today.The council voted ...").
 */
final class Sentences {

    // ". The", "?\" She", ".) It": punctuation, optional closing quote/bracket, space, capital or digit.
    private static final Pattern SPACED = Pattern.compile("[.!?…][\"”’)\\]]?\\s+(?=[\"“‘(\\[]?[\\p{Lu}\\d])");
    // "today.The", "today.US", "today.2004", "today.'God": two lower-case letters (so "Mr.Smith" and "U.S.A"
    // are left alone), punctuation, then a capital or a digit, perhaps after an opening quote or bracket.
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}\\p{Ll}[.!?])(?=[\"“‘'(\\[]?[\\p{Lu}\\d])");

    private Sentences() {
    }

    /** Start offsets of the sentences of the text; the first is always 0. */
    static List<Integer> starts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        Matcher spaced = SPACED.matcher(text);
        while (spaced.find()) {
            starts.add(spaced.end());
        }
        Matcher glued = GLUED.matcher(text);
        while (glued.find()) {
            starts.add(glued.start());
        }
        return starts.stream().distinct().sorted().toList();
    }
}
