package io.newsflow.enrich;

import io.newsflow.enrich.enrichment.ArticleEnricher;
import io.newsflow.enrich.keywords.KeywordExtractor;
import io.newsflow.enrich.keywords.WordRarity;
import io.newsflow.enrich.tagging.ArticleTagger;
import io.newsflow.enrich.tagging.StandardArticleTagger;
import io.newsflow.enrich.tagging.canonical.EntityCanonicaliser;
import io.newsflow.enrich.tagging.canonical.KnownAliases;
import io.newsflow.enrich.tagging.ner.CoreNlpEntityRecognizer;
import io.newsflow.enrich.topics.LexiconTopicScorer;
import io.newsflow.enrich.topics.TopicClassifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The tagger and its models, built once at start-up (the NER model takes a few seconds to load). */
@Configuration(proxyBeanMethods = false)
class TaggingConfiguration {

    @Bean
    ArticleTagger articleTagger(EnrichProperties properties, @Value("${newsflow.enrich.version:dev}") String version) {
        EnrichProperties.Tagging tagging = properties.tagging();
        return new StandardArticleTagger(
                CoreNlpEntityRecognizer.forArticles(),
                new EntityCanonicaliser(KnownAliases.load()),
                new TopicClassifier(new LexiconTopicScorer(1.5), tagging.topicThreshold(), tagging.maxTopics()),
                new KeywordExtractor(WordRarity.UNIFORM, tagging.maxKeywords()),
                "enrich-service/" + version + " ner=corenlp-4.5.10/conll.4class topics=lexicon");
    }

    @Bean
    ArticleEnricher articleEnricher(ArticleTagger tagger, EnrichProperties properties) {
        return new ArticleEnricher(tagger, properties.tagging().maxChars(), Clock.systemUTC());
    }
}
