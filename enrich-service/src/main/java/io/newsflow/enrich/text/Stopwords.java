package io.newsflow.enrich.text;

import java.util.Set;
import java.util.stream.Collectors;

/** English function words, from a resource list; used for keywords and the English check. */
public final class Stopwords {

    private static final Set<String> WORDS = ResourceLines.read("/text/stopwords-en.txt").stream()
            .map(String::strip)
            .collect(Collectors.toUnmodifiableSet());

    private Stopwords() {
    }

    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
