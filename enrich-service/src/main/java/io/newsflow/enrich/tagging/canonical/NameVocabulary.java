package io.newsflow.enrich.tagging.canonical;

import java.util.Locale;
import java.util.Set;

/**
 * Words that are not part of a name: pronouns (never an entity on their own), honorifics and job
 * titles (written before names: "Mr Putin", "Foreign Secretary Jack Straw").
 */
final class NameVocabulary {

    private static final Set<String> PRONOUNS = Set.of(
            "he", "she", "him", "her", "his", "hers", "they", "them", "their", "theirs", "it", "its",
            "we", "us", "our", "ours", "i", "me", "my", "mine", "you", "your", "yours", "who", "whom", "whose",
            "himself", "herself", "themselves", "itself", "this", "that", "these", "those");

    /** Short forms of address; a name written after one of these keeps it in its surface form. */
    private static final Set<String> HONORIFICS = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
            "president", "senator", "sen", "rep", "governor", "gov", "mayor", "judge", "king", "queen",
            "prince", "princess", "pope", "sheikh", "rev", "reverend", "general", "gen", "chancellor");

    private static final Set<String> TITLES = Set.of(
            "minister", "secretary", "adviser", "advisor", "representative", "congressman", "congresswoman",
            "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "commander",
            "justice", "chairman", "chairwoman", "chair", "chief", "ceo", "director", "spokesman", "spokeswoman",
            "spokesperson", "ambassador", "commissioner", "cardinal", "bishop", "archbishop", "rabbi", "imam",
            "coach", "manager", "boss", "striker", "midfielder", "defender", "goalkeeper", "leader", "premier",
            "deputy", "president-elect", "vice-president", "officer", "inspector", "detective", "det",
            "superintendent", "supt", "constable", "executive", "founder", "chairperson", "envoy", "attorney");

    private NameVocabulary() {
    }

    /** "he", "He", "his"; not "US" or "IT", which are names written in capitals. */
    static boolean isPronoun(String word) {
        boolean allCapitals = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        return !allCapitals && PRONOUNS.contains(bare(word));
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(bare(word));
    }

    /** A word that names a role: an honorific or a job title. */
    static boolean isTitle(String word) {
        String bare = bare(word);
        return HONORIFICS.contains(bare) || TITLES.contains(bare);
    }

    private static String bare(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
