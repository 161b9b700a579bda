package io.newsflow.enrich.tagging;

import io.newsflow.contract.Entity;
import io.newsflow.enrich.keywords.KeywordExtractor;
import io.newsflow.enrich.tagging.canonical.EntityCanonicaliser;
import io.newsflow.enrich.tagging.canonical.KnownAliases;
import io.newsflow.enrich.tagging.ner.CoreNlpEntityRecognizer;
import io.newsflow.enrich.tagging.ner.EntityRecognizer;
import io.newsflow.enrich.topics.NaiveBayesModel;
import io.newsflow.enrich.topics.TopicClassifier;
import io.newsflow.enrich.topics.TopicModels;

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

    /** The production tagger: CoreNLP CoNLL 4-class NER, the trained topic model plus lexicon, TF-IDF keywords. */
    public static StandardArticleTagger create(TaggingSettings settings) {
        NaiveBayesModel topicModel = TopicModels.naiveBayes();
        return new StandardArticleTagger(
                CoreNlpEntityRecognizer.forArticles(),
                new EntityCanonicaliser(KnownAliases.load()),
                new TopicClassifier(TopicModels.standardScorer(topicModel), settings.topicThreshold(), settings.maxTopics()),
                new KeywordExtractor(topicModel, settings.maxKeywords()),
                "enrich-service/" + settings.serviceVersion() + " ner=corenlp-4.5.10/conll.4class " + TopicModels.description());
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
