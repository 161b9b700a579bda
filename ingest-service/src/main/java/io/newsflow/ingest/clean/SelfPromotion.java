package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph classifier for the outlet talking about itself to the reader: donation and membership
 * appeals, paywall and "why we are free to read" notes, prompts to join its comment forums. Such a
 * paragraph addresses the reader (we / our / us, you / your), uses the vocabulary of support and
 * journalism, carries no reporting (no quotation, no "said"), and sits at the edges of the text in a
 * block of two to five paragraphs, often under a short heading line. No sentence is listed: each
 * paragraph is scored on these features, and a paragraph in the middle of an article needs more
 * evidence than one at its edges, because there a match is more likely to be reporting.
 */
public final class SelfPromotion {

    private static final Pattern WORD = Pattern.compile("[\\p{L}’']+");
    private static final Set<String> WE = Set.of("we", "our", "us", "ours", "we're", "we’re", "we've", "we’ve", "we'd", "we’d");
    private static final Set<String> YOU = Set.of("you", "your", "yours", "you're", "you’re", "you've", "you’ve", "you'd", "you’d");
    /** Stems of what an outlet asks of its reader: money, membership, sign-ups, joining its forums. */
    private static final List<String> ASKS = List.of("support", "donat", "contribut", "subscri", "member", "paywall", "free to read",
            "sign up", "newsletter", "comments", "a comment", "commenting", "forum", "register", "log in", "one-off", "a month", "a year", "make a", "keep our");
    /** Stems of how it speaks of itself: its journalism, its independence, its readers. */
    private static final List<String> SELF_DESCRIPTION = List.of("journalis", "independen", "reporter", "newsroom", "reader", "advertis",
            "fund", "conversation", "community", "monthly", "editor", "quality", "trusted", "fearless", "billionaire", "shareholder",
            "owner", "mission", "free for");
    /** Appeals are a few sentences; a long paragraph is an essay, whatever its words. */
    private static final int MAX_APPEAL_CHARS = 700;
    /** Reporting: a paragraph that quotes or attributes is the article's, whatever its words. */
    private static final Pattern REPORTING = Pattern.compile("[\"“”«»„]|\\b(said|says|told|according to|announced|reported)\\b",
            Pattern.CASE_INSENSITIVE);
    // An appeal glued to the article's first sentence: "...all the difference.President Biden said ..."
    private static final Pattern GLUED_SENTENCE = Pattern.compile("(?<=[\\p{Ll}\\d][.!?])(?=\\p{Lu}\\p{Ll})");
    private static final int EDGE_PARAGRAPHS = 2;
    private static final int HEADING_MAX_WORDS = 8;

    private SelfPromotion() {
    }

    /** How strongly a paragraph reads as the outlet promoting itself to the reader. */
    record Evidence(int selfReferences, int asks, int promotionTerms, boolean reporting, int length) {

        boolean appeal(boolean atEdge) {
            if (reporting || selfReferences < 2 || asks < 1 || length > MAX_APPEAL_CHARS) {
                return false;
            }
            return promotionTerms >= (atEdge ? 2 : 4);
        }

        /** A paragraph beside an appeal that continues it ("That is why we ask you ..."). */
        boolean continuesAppeal() {
            return !reporting && selfReferences >= 1 && promotionTerms >= 1 && length <= MAX_APPEAL_CHARS;
        }
    }

    static Evidence evidence(String paragraph) {
        String lower = paragraph.toLowerCase(Locale.ROOT);
        int self = 0;
        Matcher words = WORD.matcher(paragraph);
        while (words.find()) {
            String word = words.group();
            // "US" is the country, not the outlet speaking.
            if (!word.equals("US") && (WE.contains(word.toLowerCase(Locale.ROOT)) || YOU.contains(word.toLowerCase(Locale.ROOT)))) {
                self++;
            }
        }
        int asks = (int) ASKS.stream().filter(term -> startsAWord(lower, term)).count();
        int described = (int) SELF_DESCRIPTION.stream().filter(term -> startsAWord(lower, term)).count();
        return new Evidence(self, asks, asks + described, REPORTING.matcher(paragraph).find(), paragraph.length());
    }

    /** The stem begins a word somewhere in the text: "member" in "members", never in "remember" ("mission" not in "omission"). */
    private static boolean startsAWord(String text, String stem) {
        for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
            if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The paragraphs without self-promotional appeals, their heading lines, and an appeal glued to the first sentence. */
    public static List<String> remove(List<String> input) {
        List<String> paragraphs = new ArrayList<>(input);
        for (int i = 0; i < Math.min(EDGE_PARAGRAPHS, paragraphs.size()); i++) {
            paragraphs.set(i, withoutGluedAppeal(paragraphs.get(i)));
        }
        int n = paragraphs.size();
        boolean[] appeal = new boolean[n];
        Evidence[] evidence = new Evidence[n];
        for (int i = 0; i < n; i++) {
            evidence[i] = evidence(paragraphs.get(i));
            boolean atEdge = i < EDGE_PARAGRAPHS || i >= n - EDGE_PARAGRAPHS;
            appeal[i] = evidence[i].appeal(atEdge);
        }
        // Grow each appeal over the paragraphs that continue it, then take the short heading line above it.
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (!appeal[i] && evidence[i].continuesAppeal() && (i > 0 && appeal[i - 1] || i + 1 < n && appeal[i + 1])) {
                    appeal[i] = true;
                    changed = true;
                }
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            if (!appeal[i] && appeal[i + 1] && isHeadingLine(paragraphs.get(i))) {
                appeal[i] = true;
            }
        }
        List<String> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!appeal[i]) {
                kept.add(paragraphs.get(i));
            }
        }
        // A heading over nothing ("Comments", "A message from our editor") once what it headed is gone: no article ends with one.
        while (!kept.isEmpty() && isHeadingLine(kept.getLast()) && kept.size() < input.size()) {
            kept.removeLast();
        }
        return kept;
    }

    /**
     * "...makes all the difference.President Biden said": the sentences before the glue go when they address the
     * reader and ask for something. The missing space is itself evidence: it is where two page elements met.
     */
    static String withoutGluedAppeal(String paragraph) {
        Matcher glue = GLUED_SENTENCE.matcher(paragraph);
        while (glue.find()) {
            Evidence before = evidence(paragraph.substring(0, glue.start()));
            if (!before.reporting() && before.selfReferences() >= 2 && before.asks() >= 1) {
                return paragraph.substring(glue.start()).strip();
            }
        }
        return paragraph;
    }

    private static boolean isHeadingLine(String paragraph) {
        String line = paragraph.strip();
        return !line.isEmpty() && line.split("\\s+").length <= HEADING_MAX_WORDS && !line.matches(".*[.!?,;]$");
    }
}
