package io.newsflow.enrich.tagging.canonical;

import java.util.Arrays;
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

    private static final Set<String> COURTESY_FORMS = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "reverend");

    /**
     * Capitalised like names, but not names of one place or organisation ("the West", "Big Tech"):
     * comparison keys (see {@link NameKey}).
     */
    private static final Set<String> NOT_NAMES = Set.of(
            "west", "east", "western world", "eastern bloc", "global south", "global north",
            "big tech", "big oil", "big pharma", "big food", "big tobacco");

    /** Last words of names of institutions and places, never of people ("Queen Mary University"). */
    private static final Set<String> INSTITUTION_WORDS = Set.of(
            "university", "college", "school", "hospital", "institute", "bank", "park", "street", "road",
            "square", "hall", "house", "centre", "center", "airport", "station", "stadium", "foundation",
            "trust", "fund", "council", "court", "league", "cup", "group", "party", "church", "cathedral",
            "museum", "bridge", "island", "islands", "motors", "electric", "academy", "association");

    /** Lower-case words inside people's names ("Ursula von der Leyen", "Mohammed bin Salman"). */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "du",
            "la", "le", "bin", "ibn", "al", "el", "dos", "del");

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

    /** A role ("minister", "president", "adviser"), not a mere form of address ("Mr", "Dr", "Sir"). */
    static boolean isJobTitle(String word) {
        return isTitle(word) && !COURTESY_FORMS.contains(bare(word));
    }

    static boolean isNotAName(String key) {
        return NOT_NAMES.contains(key);
    }

    /**
     * Two to four capitalised words (particles aside) that do not end like an institution: what
     * follows a role in "US National Security Adviser Jake Sullivan". One word is not enough
     * outside a person mention ("Premier League", "General Motors").
     */
    static boolean looksLikeFullName(String[] words) {
        if (words.length < 2 || words.length > 4 || INSTITUTION_WORDS.contains(bare(words[words.length - 1]))) {
            return false;
        }
        return Arrays.stream(words).allMatch(w -> NAME_PARTICLES.contains(w)
                || Character.isUpperCase(w.codePointAt(0)) && !isTitle(w));
    }

    private static String bare(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
