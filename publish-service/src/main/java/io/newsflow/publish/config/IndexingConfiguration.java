package io.newsflow.publish.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.publish.bulk.BulkIndexer;
import io.newsflow.publish.bulk.DocumentOperations;
import io.newsflow.publish.bulk.IndexingMetrics;
import io.newsflow.publish.document.ArticleDocumentMapper;
import io.newsflow.publish.index.IndexBootstrap;
import io.newsflow.publish.index.IndexNames;
import io.newsflow.publish.index.IndexTemplate;
import io.newsflow.publish.index.IndexTemplateInstaller;
import io.newsflow.publish.kafka.ArticleOperations;
import io.newsflow.publish.kafka.ConsumptionThrottle;
import io.newsflow.publish.kafka.EnrichedArticleListener;
import io.newsflow.publish.offsets.OffsetTracker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Clock;

/** The Elasticsearch side: index management, the bulk indexer, and the consumption throttle that links both sides. */
@Configuration(proxyBeanMethods = false)
class IndexingConfiguration {

    @Bean
    IndexNames indexNames(PublishProperties properties) {
        return new IndexNames(properties.index().alias(), properties.index().versionPrefix());
    }

    @Bean
    IndexTemplateInstaller indexTemplateInstaller(ElasticsearchClient client, PublishProperties properties, IndexNames names) {
        return new IndexTemplateInstaller(client, properties.index().templateName(),
                IndexTemplate.fromClasspath().forPattern(names.pattern()));
    }

    @Bean
    IndexBootstrap indexBootstrap(ElasticsearchClient client, IndexNames names, IndexTemplateInstaller installer) {
        return new IndexBootstrap(client, names, installer);
    }

    @Bean
    IndexBootstrapLifecycle indexBootstrapLifecycle(IndexBootstrap bootstrap, PublishProperties properties) {
        return new IndexBootstrapLifecycle(bootstrap, properties.index().startupTimeout(), properties.retry());
    }

    @Bean
    ArticleDocumentMapper articleDocumentMapper() {
        return new ArticleDocumentMapper(Clock.systemUTC());
    }

    /** Live writes go through the alias, so they follow it when a rebuilt index takes over. */
    @Bean
    DocumentOperations documentOperations(IndexNames names) {
        return new DocumentOperations(names.alias(), true);
    }

    @Bean
    ArticleOperations articleOperations(ArticleDocumentMapper mapper, DocumentOperations operations) {
        return new ArticleOperations(mapper, operations);
    }

    @Bean
    IndexingMetrics indexingMetrics(MeterRegistry registry) {
        return new IndexingMetrics(registry);
    }

    @Bean
    ConsumptionThrottle consumptionThrottle(KafkaListenerEndpointRegistry registry, PublishProperties properties, MeterRegistry meters) {
        ConsumptionThrottle throttle = new ConsumptionThrottle(new ConsumptionThrottle.Consumption() {
            @Override
            public void pause() {
                MessageListenerContainer container = registry.getListenerContainer(EnrichedArticleListener.ID);
                if (container != null) {
                    container.pause();
                }
            }

            @Override
            public void resume() {
                MessageListenerContainer container = registry.getListenerContainer(EnrichedArticleListener.ID);
                if (container != null) {
                    container.resume();
                }
            }
        }, properties.consumer().maxInFlight(), properties.consumer().resumeInFlight());
        meters.gauge("newsflow.publish.consumer.paused", throttle, t -> t.paused() ? 1 : 0);
        return throttle;
    }

    @Bean
    OffsetTracker offsetTracker(ConsumptionThrottle throttle, MeterRegistry meters) {
        OffsetTracker tracker = new OffsetTracker(throttle);
        meters.gauge("newsflow.publish.in.flight", tracker, OffsetTracker::inFlight);
        return tracker;
    }

    @Bean(destroyMethod = "close")
    BulkIndexer bulkIndexer(ElasticsearchClient client, PublishProperties properties, ConsumptionThrottle throttle,
                            IndexingMetrics metrics) {
        return new BulkIndexer(client, properties.bulkSettings(), throttle, metrics);
    }
}
