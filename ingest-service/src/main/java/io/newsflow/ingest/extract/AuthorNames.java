package io.newsflow.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Author names as people: a list written as one string ("A and B", "A und B, dpa") split, "By" and its
 * translations dropped, and what is no person's name left out: e-mail addresses, profile slugs and
 * URLs, the site's own name, and job titles after the name ("Jane Doe, professor of ...").
 */
final class AuthorNames {

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:[,;/|·]|\\s(?:and|und|et|y|e|en|og|och|i|und|&)\\s)\\s*");
    private static final Pattern BY = Pattern.compile("(?iu)^(?:by|von|par|por|door|av|af|written by|words by|text:|von:|autor:|author:)\\s+");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)@|https?:|www\\.|\\.(?:com|de|org|net|co|uk|lt|fr|es)\\b|^[a-z0-9]+(?:-[a-z0-9]+)+$");
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_LENGTH = 60;

    private AuthorNames() {
    }

    /** The people among the names; the site's own name only when it is the one author given (an agency, a newsroom). */
    static List<String> clean(List<String> raw, List<String> siteNames) {
        List<String> names = names(raw);
        List<String> people = names.stream().filter(name -> !isSite(name, siteNames)).toList();
        return people.isEmpty() ? names : people;
    }

    static boolean onlySiteNames(List<String> names, List<String> siteNames) {
        return !names.isEmpty() && names.stream().allMatch(name -> isSite(name, siteNames));
    }

    private static List<String> names(List<String> raw) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String entry : raw) {
            if (entry == null) {
                continue;
            }
            for (String part : SPLIT.split(entry.strip())) {
                String name = BY.matcher(part.strip()).replaceFirst("").strip();
                if (isName(name)) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static boolean isName(String name) {
        return !name.isEmpty() && name.length() <= MAX_NAME_LENGTH && name.split("\\s+").length <= MAX_NAME_WORDS
                && Character.isLetter(name.codePointAt(0)) && !NOT_A_NAME.matcher(name).find();
    }

    private static boolean isSite(String name, List<String> siteNames) {
        String lower = name.toLowerCase(Locale.ROOT);
        return siteNames.stream().filter(site -> site != null && !site.isBlank())
                .noneMatch(site -> lower.equals(site.strip().toLowerCase(Locale.ROOT)));
    }
}
