package io.newsflow.ingest.bench;

import io.newsflow.ingest.Fixtures;
import io.newsflow.testsupport.BbcCorpus;
import org.jsoup.nodes.Entities;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps an article in a page (or scraped text) template of {@code src/test/resources/eval-templates}:
 * site furniture, sharing bars, newsletter boxes, adverts, related links, comments, and an appeal
 * glued to the first paragraph. Placeholders: {@code {{title}}}, {@code {{title-json}}},
 * {@code {{section}}}, {@code {{slug}}}, {@code {{first-paragraph}}}, {@code {{rest-paragraphs:FORMAT}}}
 * and {@code {{paragraphs:FORMAT|AFTER-2ND|AFTER-4TH}}} (boilerplate inserted between paragraphs).
 */
record PageTemplates(String name, String contentType, String template) {

    static final List<PageTemplates> ALL = List.of(
            load("broadsheet.html", "text/html"),
            load("tabloid.html", "text/html"),
            load("blog.html", "text/html"),
            load("scraped.txt", "text/plain"));

    private static final Pattern PARAGRAPHS = Pattern.compile("\\{\\{paragraphs:([^|}]*)\\|([^|}]*)\\|([^}]*)}}");
    private static final Pattern REST = Pattern.compile("\\{\\{rest-paragraphs:([^}]*)}}", Pattern.DOTALL);

    private static PageTemplates load(String file, String contentType) {
        return new PageTemplates(file, contentType, Fixtures.text("../eval-templates/" + file));
    }

    String render(BbcCorpus.BbcArticle article) {
        boolean html = contentType.equals("text/html");
        UnaryOperator<String> escape = html ? text -> Entities.escape(text) : UnaryOperator.identity();
        List<String> paragraphs = article.body().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String page = template
                .replace("{{title}}", escape.apply(article.title()))
                .replace("{{title-json}}", article.title().replace("\\", "\\\\").replace("\"", "\\\"").replace("</", "<\\/"))
                .replace("{{section}}", article.category())
                .replace("{{slug}}", article.file().replace(".txt", "") + "-" + article.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
                .replace("{{first-paragraph}}", escape.apply(paragraphs.getFirst()));
        page = replaceAll(REST, page, m -> join(paragraphs.subList(1, paragraphs.size()), m.group(1), escape, null, null));
        return replaceAll(PARAGRAPHS, page, m -> join(paragraphs, m.group(1), escape, m.group(2), m.group(3)));
    }

    private static String join(List<String> paragraphs, String format, UnaryOperator<String> escape, String afterSecond, String afterFourth) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append(format.formatted(escape.apply(paragraphs.get(i)))).append('\n');
            if (i == 1 && afterSecond != null) {
                out.append(afterSecond).append('\n');
            }
            if (i == 3 && afterFourth != null) {
                out.append(afterFourth).append('\n');
            }
        }
        return out.toString();
    }

    private static String replaceAll(Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        return matcher.appendTail(out).toString();
    }
}
