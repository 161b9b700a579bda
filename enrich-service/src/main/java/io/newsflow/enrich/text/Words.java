package io.newsflow.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word tokenisation shared by the topic classifier, the keyword extractor and the language
 * check: letters and digits, inner apostrophes and hyphens kept ("don't", "e-mail"), lower case.
 * A regex is enough here: these features need words, not CoreNLP's full PTB tokenisation.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(normalise(matcher.group()));
        }
        return words;
    }

    /** Words with their offsets, for callers that also need phrase boundaries (punctuation between words). */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            tokens.add(new Token(normalise(matcher.group()), matcher.group(), matcher.start(), matcher.end()));
        }
        return tokens;
    }

    public static String normalise(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * @param word     lower-case form
     * @param original the word as written
     */
    public record Token(String word, String original, int begin, int end) {
    }
}
