package io.newsflow.enrich;

import io.newsflow.enrich.enrichment.ArticleEnricher;
import io.newsflow.enrich.enrichment.TaggingPool;
import io.newsflow.enrich.tagging.ArticleTagger;
import io.newsflow.enrich.tagging.StandardArticleTagger;
import io.newsflow.enrich.tagging.TaggingSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The tagger and its models, built once at start-up (the NER model takes a few seconds to load). */
@Configuration(proxyBeanMethods = false)
class TaggingConfiguration {

    @Bean
    ArticleTagger articleTagger(EnrichProperties properties, @Value("${newsflow.enrich.version:dev}") String version) {
        EnrichProperties.Tagging tagging = properties.tagging();
        return StandardArticleTagger.create(
                new TaggingSettings(tagging.topicThreshold(), tagging.maxTopics(), tagging.maxKeywords(), version));
    }

    @Bean
    ArticleEnricher articleEnricher(ArticleTagger tagger, EnrichProperties properties) {
        return new ArticleEnricher(tagger, properties.tagging().maxChars(), Clock.systemUTC());
    }

    /** As many tagging threads as listener threads ({@code spring.kafka.listener.concurrency}), shared by them. */
    @Bean(destroyMethod = "close")
    TaggingPool taggingPool(KafkaProperties kafka) {
        Integer concurrency = kafka.getListener().getConcurrency();
        return new TaggingPool(concurrency == null ? 1 : concurrency);
    }
}
