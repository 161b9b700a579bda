package io.newsflow.ingest.bench.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body measure of published extractor comparisons (../shared/eval/README.md): both texts split into
 * words (runs of Unicode word characters, case kept), the words into overlapping 4-grams counted as a
 * multiset; precision = shared / extracted, recall = shared / expected.
 */
public record ShingleOverlap(double precision, double recall, boolean exact, int expectedWords, int extractedWords) {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    public static ShingleOverlap of(String expected, String extracted) {
        List<String> want = words(expected);
        List<String> got = words(extracted);
        Map<String, Integer> wanted = shingles(want);
        Map<String, Integer> extractedShingles = shingles(got);
        int shared = 0;
        for (Map.Entry<String, Integer> entry : extractedShingles.entrySet()) {
            shared += Math.min(entry.getValue(), wanted.getOrDefault(entry.getKey(), 0));
        }
        int wantedCount = count(wanted);
        int gotCount = count(extractedShingles);
        return new ShingleOverlap(gotCount == 0 ? 0 : (double) shared / gotCount, wantedCount == 0 ? 0 : (double) shared / wantedCount,
                !got.isEmpty() && want.equals(got), want.size(), got.size());
    }

    public boolean empty() {
        return extractedWords == 0;
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                words.add(matcher.group());
            }
        }
        return words;
    }

    private static Map<String, Integer> shingles(List<String> words) {
        Map<String, Integer> shingles = new HashMap<>();
        if (!words.isEmpty() && words.size() < N) {
            // A text shorter than one shingle is one shingle, so a three-word body can still match.
            shingles.put(String.join(" ", words), 1);
        }
        for (int i = 0; i + N <= words.size(); i++) {
            shingles.merge(String.join(" ", words.subList(i, i + N)), 1, Integer::sum);
        }
        return shingles;
    }

    private static int count(Map<String, Integer> shingles) {
        return shingles.values().stream().mapToInt(Integer::intValue).sum();
    }
}
