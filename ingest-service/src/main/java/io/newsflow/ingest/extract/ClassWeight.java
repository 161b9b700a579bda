package io.newsflow.ingest.extract;

import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/** What a container's class and id say about it: article-like names count for it, furniture-like names against. */
final class ClassWeight {

    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|paragraph|rich-?text");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|"
                    + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|teaser|widget|recommend|"
                    + "newsletter|popular|trending|more-|read-more|also");
    private static final int WEIGHT = 25;

    private ClassWeight() {
    }

    static int of(Element element) {
        int weight = 0;
        for (String name : new String[] {element.className(), element.id()}) {
            if (name.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(name).find()) {
                weight -= WEIGHT;
            }
            if (POSITIVE.matcher(name).find()) {
                weight += WEIGHT;
            }
        }
        return weight;
    }
}
