package io.newsflow.enrich.tagging;

import io.newsflow.contract.Entity;
import io.newsflow.enrich.keywords.KeywordExtractor;
import io.newsflow.enrich.tagging.canonical.EntityCanonicaliser;
import io.newsflow.enrich.tagging.ner.EntityRecognizer;
import io.newsflow.enrich.topics.TopicClassifier;

import java.util.List;

/** Named entities (recognised, then merged per article), IPTC topics and key phrases. */
public final class StandardArticleTagger implements ArticleTagger {

    private final EntityRecognizer recognizer;
    private final EntityCanonicaliser canonicaliser;
    private final TopicClassifier topics;
    private final KeywordExtractor keywords;
    private final String version;

    public StandardArticleTagger(EntityRecognizer recognizer, EntityCanonicaliser canonicaliser,
                                 TopicClassifier topics, KeywordExtractor keywords, String version) {
        this.recognizer = recognizer;
        this.canonicaliser = canonicaliser;
        this.topics = topics;
        this.keywords = keywords;
        this.version = version;
    }

    @Override
    public Tags tag(ArticleText article) {
        List<Entity> entities = canonicaliser.canonicalise(recognizer.recognize(article.text()), article);
        return new Tags(entities, topics.classify(article), keywords.extract(article, entities));
    }

    @Override
    public String version() {
        return version;
    }
}
