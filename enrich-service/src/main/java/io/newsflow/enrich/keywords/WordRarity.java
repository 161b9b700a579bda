package io.newsflow.enrich.keywords;

/**
 * How informative a word is: its inverse document frequency in a news corpus. Words the corpus
 * never saw count as rare (names, new terms).
 */
@FunctionalInterface
public interface WordRarity {

    double idf(String lowerCaseWord);

    /** Every word equally informative: frequency alone ranks phrases. */
    WordRarity UNIFORM = word -> 1.0;
}
