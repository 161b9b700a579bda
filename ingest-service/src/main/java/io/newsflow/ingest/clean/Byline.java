package io.newsflow.ingest.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A byline repeated in the body ("By Fiona MacLeod", "Fiona MacLeod, Scotland correspondent"): the
 * article's authors are fields of their own, so the line is noise in the text.
 */
final class Byline {

    // A name word: "Fiona", "MacLeod", "O'Neill", "Smith-Jones"; never two words glued ("DoeThe").
    private static final String WORD = "(?:Mc|Mac|O['’]|D['’])?\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}\\p{Ll}+)?";
    private static final String NAME = WORD + "(?:\\s+(?:" + WORD + "|\\p{Lu}\\.|de|van|von|da|al|bin))*";
    // Only the lead word ignores case: with a global case-insensitive flag \p{Lu} would match "any" in "By any measure".
    private static final Pattern BY_LINE = Pattern.compile(
            "(?iu:by|words by|written by|reporting by|report by)\\s+" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*"
                    + "(?:\\s*[,|–—-]\\s*[^.]{0,60})?");

    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");

    private Byline() {
    }

    static boolean is(String line, List<String> authors) {
        String text = TRAILING_DOTS.matcher(line.strip()).replaceFirst("");
        if (text.isEmpty() || text.length() > 120) {
            return false;
        }
        if (BY_LINE.matcher(text).matches() && !text.contains(". ")) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String author : authors) {
            String name = author.toLowerCase(Locale.ROOT);
            // "Fiona MacLeod", "Fiona MacLeod, Scotland correspondent", "Fiona MacLeod | 27 November 2026"
            if (lower.equals(name) || lower.startsWith(name + ",") || lower.startsWith(name + " |")
                    || lower.startsWith(name + " -") || lower.startsWith(name + " –") || lower.startsWith(name + " —")) {
                return text.length() < name.length() + 60;
            }
            // "Posted on 25 November 2026 by Priya Raman": a dateline ending in the byline, one line, no sentence in it.
            if (lower.endsWith("by " + name) && text.length() < name.length() + 60 && !text.contains(". ")) {
                return true;
            }
        }
        return false;
    }
}
