package io.newsflow.ingest.extract;

import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes from a page the parts that are never the article: scripts, navigation, forms, figures,
 * hidden elements, and blocks whose class or id names them as sharing bars, newsletter boxes,
 * related links, comments, cookie banners, adverts and the like.
 */
final class NoiseElements {

    private static final String ALWAYS_NOISE = "script, style, noscript, template, iframe, svg, canvas, nav, footer, aside, "
            + "button, select, input, textarea, figure, figcaption, picture, video, audio, dialog, menu, "
            + "[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], "
            + "[role~=(?i)^(navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar)$]";

    /** Words in class names and ids that mark boilerplate blocks. */
    private static final Set<String> NOISE_WORDS = Set.of(
            "share", "sharing", "sharebar", "sharedaddy", "relatedposts", "social", "related", "newsletter", "newsletters", "subscribe", "subscription",
            "signup", "promo", "promotion", "ad", "ads", "advert", "adverts", "advertisement", "sponsor", "sponsored",
            "cookie", "cookies", "consent", "gdpr", "comment", "comments", "breadcrumb", "breadcrumbs", "tags", "paywall",
            "donate", "donation", "donations", "contribute", "contributions", "popular", "recommended", "recommendations",
            "outbrain", "taboola", "footer", "nav", "navigation", "menu", "sidebar", "widget", "modal", "popup", "banner",
            "toolbar", "follow", "trending", "byline", "caption", "credit", "disqus", "masthead", "teaser", "teasers");
    private static final List<String> NOISE_PHRASES = List.of("most read", "read more", "more stories", "also read",
            "you may like", "author bio", "sign up", "more on this", "in other news", "latest news");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+|(?<=[a-z])(?=[A-Z])");
    /** A noise-named block this large and not mostly links is more likely the article itself (e.g. "post has-comments"). */
    private static final int GUARDED_TEXT = 1500;

    private NoiseElements() {
    }

    /** Page furniture by tag that some sites wrap around the whole page (an ASP.NET form, a header holding the article). */
    private static final String WRAPPING_NOISE = "form, header";
    /** No removal may take more than this share of the page's prose with it: that block holds the article. */
    private static final double MAX_REMOVED_PROSE = 0.5;
    private static final int PROSE_PARAGRAPH = 25;

    static void remove(Element root) {
        root.select(ALWAYS_NOISE).remove();
        int pageProse = prose(root);
        for (Element element : root.select(WRAPPING_NOISE)) {
            if (element.parent() != null && !holdsTheArticle(element, pageProse)) {
                element.remove();
            }
        }
        // Pages repeat the same class names thousands of times: each is judged once.
        Map<String, Boolean> judged = new HashMap<>();
        for (Element element : root.select("[class], [id]")) {
            boolean noise = judged.computeIfAbsent(element.className() + " " + element.id(), names -> isNoiseNamed(element));
            if (noise && element.parent() != null && !isGuarded(element) && !holdsTheArticle(element, pageProse)) {
                element.remove();
            }
        }
    }

    private static boolean holdsTheArticle(Element element, int pageProse) {
        return pageProse > 0 && prose(element) > pageProse * MAX_REMOVED_PROSE;
    }

    /** Characters of paragraph text under an element: what the article is made of. */
    private static int prose(Element element) {
        int chars = 0;
        for (Element paragraph : element.select("p")) {
            int length = paragraph.text().length();
            if (length >= PROSE_PARAGRAPH) {
                chars += length;
            }
        }
        return chars;
    }

    static boolean isNoiseNamed(Element element) {
        String names = element.className() + " " + element.id();
        String spaced = String.join(" ", WORD_SPLIT.split(names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)));
        if (Arrays.stream(spaced.split(" ")).anyMatch(NOISE_WORDS::contains)) {
            return true;
        }
        return NOISE_PHRASES.stream().anyMatch(phrase -> (" " + spaced + " ").contains(" " + phrase + " "));
    }

    private static boolean isGuarded(Element element) {
        String tag = element.tagName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("body") || element.hasAttr("itemprop")
                && element.attr("itemprop").equals("articleBody")) {
            return true;
        }
        return element.text().length() > GUARDED_TEXT && LinkDensity.of(element) < 0.4;
    }
}
