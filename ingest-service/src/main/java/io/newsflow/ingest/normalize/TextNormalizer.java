package io.newsflow.ingest.normalize;

import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts text into the one form every later step (hashing, ids, duplicate detection, the reader)
 * relies on: Unicode NFC, HTML entities decoded, invisible characters removed, runs of
 * whitespace collapsed. A body is a list of paragraphs joined by one blank line.
 *
 * <p>Text is plain text, and hostile until cleaned: control characters other than line breaks and
 * tabs (NUL, terminal escape sequences), bidirectional overrides and isolates (which make a reader's
 * screen show something other than what is stored) and HTML tags (an entity-encoded {@code &lt;img
 * onerror=...&gt;} must not come out as live markup) are removed. Zero-width joiners stay inside
 * emoji sequences (a family emoji is one picture, not three), and are removed elsewhere.
 */
public final class TextNormalizer {

    /** Paragraph separator in normalised bodies. */
    public static final String PARAGRAPH_BREAK = "\n\n";

    // Zero-width and formatting characters that scrapers leave behind and that make equal texts hash differently.
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u2060\\uFEFF\\u00AD]");
    private static final char ZERO_WIDTH_JOINER = '\u200D';
    private static final int EMOJI_PRESENTATION = 0xFE0F;
    // ANSI/VT escape sequences as a whole (CSI "ESC [ ... final", OSC "ESC ] ... BEL|ESC \\", two-character
    // escapes), so that no "[31m" is left behind; then every other C0/C1 control but tab and line breaks.
    private static final Pattern CONTROLS = Pattern.compile("\\u001B\\[[0-?]*[ -/]*[@-~]|\\u001B\\][^\\u0007\\u001B]*(?:\\u0007|\\u001B\\\\)?"
            + "|\\u001B[@-_]?|\\u009B[0-?]*[ -/]*[@-~]|[\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F]");
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]*>");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});");

    private TextNormalizer() {
    }

    /** One line of text: title, subtitle, author, a paragraph. Null stays null. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        String decoded = ENTITY.matcher(text).find() ? Parser.unescapeEntities(text, false) : text;
        String safe = withoutTags(BIDI_CONTROLS.matcher(CONTROLS.matcher(decoded).replaceAll("")).replaceAll(""));
        String nfc = Normalizer.normalize(safe, Normalizer.Form.NFC);
        return SPACES.matcher(withoutStrayJoiners(INVISIBLE.matcher(nfc).replaceAll(""))).replaceAll(" ").strip();
    }

    /**
     * Without HTML tags. Only names HTML knows count as tags, so that plain-text angle brackets
     * ("Vec&lt;T&gt;", "a &lt;b and c&gt; d") stay; a tag becomes a space, so words on either side stay apart.
     */
    private static String withoutTags(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        return TAG.matcher(text).replaceAll(tag -> Tag.isKnownTag(tag.group(1).toLowerCase(Locale.ROOT)) ? " " : Matcher.quoteReplacement(tag.group()));
    }

    /** Without zero-width joiners, except between two emoji (a regex look-behind cannot see a code point beyond the BMP). */
    private static String withoutStrayJoiners(String text) {
        if (text.indexOf(ZERO_WIDTH_JOINER) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ZERO_WIDTH_JOINER || (i > 0 && i + 1 < text.length() && joinsEmoji(text.codePointBefore(i), text.codePointAt(i + 1)))) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static boolean joinsEmoji(int before, int after) {
        return (Character.isEmoji(before) || before == EMOJI_PRESENTATION) && Character.isEmoji(after);
    }

    /** A body: every line break ends a paragraph; empty paragraphs are dropped. Null stays null. */
    public static String body(String text) {
        if (text == null) {
            return null;
        }
        return String.join(PARAGRAPH_BREAK, paragraphs(text));
    }

    /** The non-empty, normalised paragraphs of a text. */
    public static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String raw : LINE_BREAKS.split(text)) {
            String paragraph = line(raw);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** Null for null or blank, else the normalised line. */
    public static String blankToNull(String text) {
        String normalized = line(text);
        return normalized == null || normalized.isEmpty() ? null : normalized;
    }
}
