package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes boilerplate from an article's paragraphs by rule: whole boilerplate paragraphs, the
 * repeated headline and byline, link lists under a "Related"/"Most read" heading, and boilerplate
 * sentences at the start or end of a paragraph, including one glued to the article's first sentence
 * without a space or a full stop ("Sign up to our newsletterThe harbour reopened ..."). Sentences
 * in the middle of a paragraph are never touched: there, a match is far more likely to be reporting.
 */
public final class BoilerplateFilter {

    // Where two words were glued together: "newsletterThe", "newsUK".
    private static final Pattern GLUE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’]\\s*$");
    private static final int GLUED_PREFIX_MAX = 200;
    private static final int LINK_TITLE_MAX = 150;

    private BoilerplateFilter() {
    }

    public static List<String> clean(List<String> paragraphs, String title, List<String> authors) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        boolean inLinkList = false;
        for (String paragraph : paragraphs) {
            if (inLinkList && looksLikeLinkTitle(paragraph)) {
                continue;
            }
            inLinkList = false;
            if (isLinkListHeading(paragraph)) {
                inLinkList = true;
                continue;
            }
            if (paragraph.equalsIgnoreCase(title) || Byline.is(paragraph, authors)) {
                continue;
            }
            String rest = stripEdges(paragraph, authors);
            if (!rest.isEmpty()) {
                kept.add(rest);
            }
        }
        return kept;
    }

    /** The paragraph without boilerplate sentences at its start and end; empty if nothing else is left. */
    static String stripEdges(String paragraph, List<String> authors) {
        String rest = paragraph;
        String before;
        do {
            before = rest;
            rest = withoutLeadingSentence(withoutGluedPrefix(rest, authors), authors);
        } while (!rest.equals(before) && !rest.isEmpty());
        while (!rest.isEmpty()) {
            List<Integer> starts = Sentences.starts(rest);
            int last = starts.getLast();
            if (!isBoilerplate(rest.substring(last), authors)) {
                break;
            }
            rest = rest.substring(0, last).strip();
        }
        return rest;
    }

    private static String withoutLeadingSentence(String text, List<String> authors) {
        List<Integer> starts = Sentences.starts(text);
        int end = starts.size() > 1 ? starts.get(1) : text.length();
        return isBoilerplate(text.substring(0, end), authors) ? text.substring(end).strip() : text;
    }

    /** Cuts the longest boilerplate run glued to the next sentence without a full stop ("...local newsSouthmoor council voted"). */
    private static String withoutGluedPrefix(String text, List<String> authors) {
        List<Integer> starts = Sentences.starts(text);
        // Only within the first sentence: a prefix spanning sentences would let one boilerplate sentence take the next ones with it.
        int firstSentenceEnd = Math.min(GLUED_PREFIX_MAX, starts.size() > 1 ? starts.get(1) : text.length());
        Matcher glue = GLUE.matcher(text);
        int cut = -1;
        while (glue.find() && glue.start() <= firstSentenceEnd) {
            if (isBoilerplate(text.substring(0, glue.start()), authors)) {
                cut = glue.start();
            }
        }
        return cut < 0 ? text : text.substring(cut).strip();
    }

    static boolean isBoilerplate(String sentence, List<String> authors) {
        return BoilerplateKind.of(sentence) != null || Byline.is(sentence, authors);
    }

    private static boolean isLinkListHeading(String paragraph) {
        String heading = paragraph.strip();
        heading = heading.endsWith(":") ? heading.substring(0, heading.length() - 1) : heading;
        return heading.length() < 40 && !heading.contains(":") && BoilerplateKind.RELATED_LINKS.matches(heading);
    }

    private static boolean looksLikeLinkTitle(String paragraph) {
        return paragraph.length() <= LINK_TITLE_MAX && !SENTENCE_END.matcher(paragraph).find();
    }
}
