package io.newsflow.ingest.input;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.InboundArticle;
import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.ingest.article.RejectionReason;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON feeder contract: one article object, or an array of them. A document that is not
 * JSON is unreadable as a whole; an array element of the wrong shape is rejected on its own, so
 * its neighbours still go through.
 */
public final class JsonArticleReader {

    private JsonArticleReader() {
    }

    /** One object, or an array of objects. */
    public static List<InboundItem> readOneOrMany(byte[] json) {
        JsonNode root = parse(json);
        if (!root.isArray()) {
            return List.of(item(root));
        }
        List<InboundItem> items = new ArrayList<>(root.size());
        root.forEach(element -> items.add(item(element)));
        return items;
    }

    static JsonNode parse(byte[] json) {
        try {
            JsonNode root = ArticleJson.mapper().readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new RejectedInputException(RejectionReason.UNREADABLE, "the body is empty");
            }
            return root;
        } catch (JacksonException e) {
            throw new RejectedInputException(RejectionReason.UNREADABLE, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    static InboundItem item(JsonNode node) {
        if (!node.isObject()) {
            return new InboundItem.Unreadable(RejectionReason.UNREADABLE,
                    "expected a JSON object with the article's fields, got " + node.getNodeType().name().toLowerCase());
        }
        try {
            return new InboundItem.Article(ArticleJson.mapper().treeToValue(node, InboundArticle.class));
        } catch (JacksonException e) {
            return new InboundItem.Unreadable(RejectionReason.INVALID_FIELD, e.getOriginalMessage());
        }
    }
}
