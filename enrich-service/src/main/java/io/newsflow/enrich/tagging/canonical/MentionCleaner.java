package io.newsflow.enrich.tagging.canonical;

import io.newsflow.contract.EntityType;
import io.newsflow.enrich.tagging.ner.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what a CRF tagger gets wrong at the edges of a mention: possessives ("Nato's"), quotes,
 * a leading "the", roles glued to a name ("US National Security Adviser Jake Sullivan", whatever
 * type the tagger gave it), title-only mentions ("Foreign Secretary" tagged as an organisation),
 * a name typed as an organisation although an appositive names its role ("Lavrov, the foreign
 * minister"), pronouns and capitalised phrases that are not names ("Big Tech", "the West").
 */
final class MentionCleaner {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}‘’“”\\s]+|[\\p{Punct}‘’“”\\s&&[^.]]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+\\.?)\\s+$");
    private static final Pattern HAS_CAPITAL_OR_DIGIT = Pattern.compile(".*[\\p{Lu}\\p{N}].*");
    /** ", the foreign minister" / ", a senior adviser": up to five words after a comma, up to the next punctuation. */
    private static final Pattern APPOSITIVE = Pattern.compile("^\\s*,\\s+(?:the|a|an)\\s+((?:[\\p{L}.-]+\\s+){0,4}[\\p{L}.-]+)");
    /** The longest role prefix ("US", "European Union") looked up among the known names. */
    private static final int MAX_ROLE_PREFIX_WORDS = 3;

    private final KnownAliases aliases;
    private final Demonyms demonyms;

    MentionCleaner(KnownAliases aliases, Demonyms demonyms) {
        this.aliases = aliases;
        this.demonyms = demonyms;
    }

    /** The names a mention holds: none, one, or a person plus the place or organisation the role names. */
    List<NamedMention> clean(Mention mention, String text) {
        String name = trim(mention.text().replaceAll("\\s+", " "));
        if (mention.type() != EntityType.PERSON && name.regionMatches(true, 0, "the ", 0, 4)) {
            name = name.substring(4);
        }
        String[] words = name.split(" ");
        if (name.isEmpty() || Arrays.stream(words).allMatch(NameVocabulary::isPronoun)
                || !HAS_CAPITAL_OR_DIGIT.matcher(name).matches()
                || mention.type() != EntityType.PERSON && NameVocabulary.isNotAName(NameKey.of(name))) {
            return List.of();
        }
        int lastTitle = lastTitleBeforeEnd(words);
        String[] afterTitle = Arrays.copyOfRange(words, lastTitle + 1, words.length);
        if (lastTitle >= 0 && (mention.type() == EntityType.PERSON || NameVocabulary.looksLikeFullName(afterTitle))) {
            List<NamedMention> named = new ArrayList<>();
            roleOrigin(Arrays.copyOfRange(words, 0, lastTitle + 1), mention).ifPresent(named::add);
            named.add(person(afterTitle, words[lastTitle], mention));
            return named;
        }
        if (mention.type() == EntityType.PERSON) {
            return List.of(person(words, honorificBefore(text, mention.begin()), mention));
        }
        if (NameVocabulary.isTitle(words[words.length - 1])) {
            return roleOrigin(words, mention).stream().toList();
        }
        EntityType type = aliases.find(name).isEmpty() && rolesFollow(text, mention.end()) ? EntityType.PERSON : mention.type();
        return List.of(new NamedMention(name, name, type, mention.begin()));
    }

    /** Index of the last title word that has a word after it, or -1. */
    private static int lastTitleBeforeEnd(String[] words) {
        int lastTitle = -1;
        for (int i = 0; i < words.length - 1; i++) {
            if (NameVocabulary.isTitle(words[i])) {
                lastTitle = i;
            }
        }
        return lastTitle;
    }

    /** The surface keeps an honorific written right before the name ("Mr Putin"), not a job title. */
    private static NamedMention person(String[] nameWords, String wordBefore, Mention mention) {
        String name = String.join(" ", nameWords);
        String surface = wordBefore != null && NameVocabulary.isHonorific(wordBefore) ? wordBefore + " " + name : name;
        return new NamedMention(name, surface, EntityType.PERSON, mention.begin());
    }

    /**
     * The place or organisation a role names at its start ("US" in "US National Security Adviser",
     * Russia in "Russian Foreign Minister"), when it is a known one: an unknown first word of a role
     * ("Foreign", "Senior") is not a name.
     */
    private Optional<NamedMention> roleOrigin(String[] role, Mention mention) {
        for (int length = Math.min(MAX_ROLE_PREFIX_WORDS, role.length - 1); length >= 1; length--) {
            String prefix = String.join(" ", Arrays.copyOfRange(role, 0, length));
            Optional<KnownAliases.Alias> alias = aliases.find(prefix);
            if (alias.isPresent()) {
                return Optional.of(new NamedMention(prefix, prefix, alias.get().type(), mention.begin()));
            }
            Optional<String> country = demonyms.country(prefix);
            if (country.isPresent()) {
                return Optional.of(new NamedMention(country.get(), prefix, EntityType.LOCATION, mention.begin()));
            }
        }
        return Optional.empty();
    }

    /** "Lavrov, the foreign minister, said": the appositive after the mention names a person's role. */
    private static boolean rolesFollow(String text, int end) {
        Matcher matcher = APPOSITIVE.matcher(text.substring(end, Math.min(text.length(), end + 80)));
        return matcher.find() && Arrays.stream(matcher.group(1).split("\\s+")).anyMatch(NameVocabulary::isJobTitle);
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
