package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The article object of a page's JSON-LD ({@code <script type="application/ld+json">}): a
 * schema.org NewsArticle or one of its relatives, at the top level, in an array or in an
 * {@code @graph}. The most reliable metadata a news page carries, when it carries it.
 */
final class JsonLdMetadata {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "LiveBlogPosting", "Report", "TechArticle", "SatiricalArticle", "ScholarlyArticle");

    // Hand-written JSON-LD often has raw line breaks in strings and trailing commas.
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private JsonLdMetadata() {
    }

    /** The first article object's fields, completed from the page's other article objects (pages split them over several scripts). */
    static ExtractedPage read(Document page) {
        ExtractedPage merged = ExtractedPage.EMPTY;
        for (Element script : page.select("script[type=application/ld+json]")) {
            Optional<JsonNode> article = parse(script.data()).flatMap(JsonLdMetadata::findArticle);
            if (article.isPresent()) {
                merged = merged.orElse(toMetadata(article.get()));
            }
        }
        return merged;
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.of(LENIENT.readTree(json));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<JsonNode> found = findArticle(element);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        if (isArticle(node.path("@type"))) {
            return Optional.of(node);
        }
        return node.has("@graph") ? findArticle(node.get("@graph")) : Optional.empty();
    }

    private static boolean isArticle(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (ARTICLE_TYPES.contains(each.asString(""))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asString(""));
    }

    private static ExtractedPage toMetadata(JsonNode article) {
        return new ExtractedPage(
                text(article.path("headline")),
                Optional.ofNullable(text(article.path("description"))).orElse(text(article.path("alternativeHeadline"))),
                names(article.path("author")),
                Dates.parse(text(article.path("datePublished"))),
                Dates.parse(text(article.path("dateModified"))),
                Optional.ofNullable(text(article.path("mainEntityOfPage").path("@id")))
                        .or(() -> Optional.ofNullable(text(article.path("mainEntityOfPage"))))
                        .orElse(text(article.path("url"))),
                text(article.path("publisher").path("name")),
                text(article.path("inLanguage")),
                url(article.path("image")),
                articleBody(text(article.path("articleBody"))));  // the body, used only when the page's own text fails
    }

    /**
     * articleBody as text: many sites put HTML (escaped or not) in it. Entities are decoded and markup is
     * read as a page fragment, its block elements and line breaks becoming paragraph breaks.
     */
    static String articleBody(String body) {
        if (body == null || body.indexOf('<') < 0 && body.indexOf('&') < 0) {
            return body;
        }
        String markup = body.indexOf('<') < 0 ? Parser.unescapeEntities(body, false) : body;
        Element fragment = Jsoup.parseBodyFragment(markup).body();
        fragment.select("script, style, figure, figcaption").remove();
        List<String> paragraphs = TextBlocks.of(fragment).stream().map(TextBlocks.Block::text).toList();
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    private static List<String> names(JsonNode authors) {
        List<String> names = new ArrayList<>();
        if (authors.isArray()) {
            authors.forEach(author -> names.addAll(names(author)));
        } else if (authors.isObject()) {
            Optional.ofNullable(text(authors.path("name"))).ifPresent(names::add);
        } else if (authors.isString()) {
            names.add(authors.asString());
        }
        return names;
    }

    private static String url(JsonNode image) {
        if (image.isArray()) {
            return image.isEmpty() ? null : url(image.get(0));
        }
        if (image.isObject()) {
            return text(image.path("url"));
        }
        return text(image);
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String text = node.asString("").strip();
        return text.isEmpty() ? null : text;
    }
}
