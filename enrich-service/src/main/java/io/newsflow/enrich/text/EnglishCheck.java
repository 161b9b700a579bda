package io.newsflow.enrich.text;

import java.util.List;
import java.util.Locale;

/**
 * Decides whether text is English when the ingest service could not say. English prose is about
 * 40-50% function words ("the", "of", "and"...); other languages written in Latin script share
 * few of them, so a low share means the English models would only produce wrong entities.
 */
public final class EnglishCheck {

    private static final double MIN_STOPWORD_SHARE = 0.3;
    private static final int MIN_WORDS = 8;

    private EnglishCheck() {
    }

    /** True when the declared language is English, or when none is declared and the text reads as English. */
    public static boolean isEnglish(String declaredLanguage, String text) {
        if (declaredLanguage != null && !declaredLanguage.isBlank()) {
            String lang = declaredLanguage.strip().toLowerCase(Locale.ROOT);
            return lang.equals("en") || lang.startsWith("en-") || lang.startsWith("en_") || lang.equals("eng");
        }
        List<String> words = Words.of(text);
        if (words.size() < MIN_WORDS) {
            return true;
        }
        long stopwords = words.stream().filter(Stopwords::contains).count();
        return (double) stopwords / words.size() >= MIN_STOPWORD_SHARE;
    }
}
