package io.newsflow.ingest.normalize;

import org.jsoup.parser.Parser;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts text into the one form every later step (hashing, ids, duplicate detection, the reader)
 * relies on: Unicode NFC, HTML entities decoded, invisible characters removed, runs of
 * whitespace collapsed. A body is a list of paragraphs joined by one blank line.
 */
public final class TextNormalizer {

    /** Paragraph separator in normalised bodies. */
    public static final String PARAGRAPH_BREAK = "\n\n";

    // Zero-width and formatting characters that scrapers leave behind and that make equal texts hash differently.
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
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
        String nfc = Normalizer.normalize(decoded, Normalizer.Form.NFC);
        return SPACES.matcher(INVISIBLE.matcher(nfc).replaceAll("")).replaceAll(" ").strip();
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
