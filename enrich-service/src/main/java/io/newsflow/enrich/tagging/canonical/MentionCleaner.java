package io.newsflow.enrich.tagging.canonical;

import io.newsflow.contract.EntityType;
import io.newsflow.enrich.tagging.ner.Mention;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what a CRF tagger gets wrong at the edges of a mention: possessives ("Nato's"), quotes,
 * a leading "the", job titles glued to a name ("US National Security Adviser Jake Sullivan"),
 * title-only mentions ("Foreign Secretary" tagged as an organisation) and pronouns.
 */
final class MentionCleaner {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}‘’“”\\s]+|[\\p{Punct}‘’“”\\s&&[^.]]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+\\.?)\\s+$");
    private static final Pattern HAS_CAPITAL_OR_DIGIT = Pattern.compile(".*[\\p{Lu}\\p{N}].*");

    private final KnownAliases aliases;

    MentionCleaner(KnownAliases aliases) {
        this.aliases = aliases;
    }

    Optional<NamedMention> clean(Mention mention, String text) {
        String name = trim(mention.text().replaceAll("\\s+", " "));
        if (mention.type() != EntityType.PERSON && name.regionMatches(true, 0, "the ", 0, 4)) {
            name = name.substring(4);
        }
        String[] words = name.split(" ");
        if (name.isEmpty() || Arrays.stream(words).allMatch(NameVocabulary::isPronoun)
                || !HAS_CAPITAL_OR_DIGIT.matcher(name).matches()) {
            return Optional.empty();
        }
        return mention.type() == EntityType.PERSON
                ? person(words, mention, text)
                : nonPerson(name, words, mention);
    }

    /** Keeps the words after the last title; the surface keeps an honorific written right before the name. */
    private Optional<NamedMention> person(String[] words, Mention mention, String text) {
        int lastTitle = -1;
        for (int i = 0; i < words.length - 1; i++) {
            if (NameVocabulary.isTitle(words[i])) {
                lastTitle = i;
            }
        }
        String name = String.join(" ", Arrays.copyOfRange(words, lastTitle + 1, words.length));
        String honorific = lastTitle >= 0 ? words[lastTitle] : honorificBefore(text, mention.begin());
        String surface = honorific != null && NameVocabulary.isHonorific(honorific) ? honorific + " " + name : name;
        return Optional.of(new NamedMention(name, surface, EntityType.PERSON, mention.begin()));
    }

    /**
     * A non-person mention ending in a title names a role, not an organisation ("US National
     * Security Adviser"): only a known name at its start ("US") is kept.
     */
    private Optional<NamedMention> nonPerson(String name, String[] words, Mention mention) {
        if (!NameVocabulary.isTitle(words[words.length - 1])) {
            return Optional.of(new NamedMention(name, name, mention.type(), mention.begin()));
        }
        return aliases.find(words[0])
                .map(alias -> new NamedMention(words[0], words[0], alias.type(), mention.begin()));
    }

    private static String honorificBefore(String text, int begin) {
        Matcher matcher = WORD_BEFORE.matcher(text.substring(Math.max(0, begin - 20), begin));
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String trim(String name) {
        String trimmed = EDGE_PUNCTUATION.matcher(name).replaceAll("");
        return POSSESSIVE.matcher(trimmed).replaceAll("").strip();
    }
}
