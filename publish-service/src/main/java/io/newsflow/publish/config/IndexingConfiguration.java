package io.newsflow.publish.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.publish.bulk.BulkIndexer;
import io.newsflow.publish.bulk.DocumentOperations;
import io.newsflow.publish.bulk.IndexingMetrics;
import io.newsflow.publish.document.ArticleDocumentMapper;
import io.newsflow.publish.PublishApplication;
import io.newsflow.publish.bulk.ExponentialBackoff;
import io.newsflow.publish.index.ArticleLocator;
import io.newsflow.publish.index.IndexBootstrap;
import io.newsflow.publish.index.IndexRetention;
import io.newsflow.publish.index.LiveIndexTarget;
import io.newsflow.publish.index.RetentionPolicy;
import io.newsflow.publish.index.UntilAnswered;
import io.newsflow.publish.index.IndexNames;
import io.newsflow.publish.index.IndexTemplate;
import io.newsflow.publish.index.IndexTemplateInstaller;
import io.newsflow.publish.kafka.ArticleOperations;
import io.newsflow.publish.kafka.ConsumptionThrottle;
import io.newsflow.publish.kafka.EnrichedArticleListener;
import io.newsflow.publish.offsets.OffsetTracker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Clock;

/** The Elasticsearch side: index management, the bulk indexer, and the consumption throttle that links both sides. */
@Configuration(proxyBeanMethods = false)
class IndexingConfiguration {

    @Bean
    IndexNames indexNames(PublishProperties properties) {
        return new IndexNames(properties.index().alias(), properties.index().versionPrefix(), properties.index().period());
    }

    @Bean
    IndexTemplateInstaller indexTemplateInstaller(ElasticsearchClient client, PublishProperties properties, IndexNames names) {
        PublishProperties.Index index = properties.index();
        return new IndexTemplateInstaller(client, index.templateName(),
                IndexTemplate.fromClasspath().forIndices(names.pattern(), index.shards(), index.replicas()));
    }

    @Bean
    RetentionPolicy retentionPolicy(PublishProperties properties) {
        return new RetentionPolicy(properties.index().period(), properties.retention().maxAge(), Clock.systemUTC());
    }

    @Bean
    UntilAnswered untilAnswered(PublishProperties properties, ConsumptionThrottle throttle) {
        return new UntilAnswered(ExponentialBackoff.withJitter(properties.retry().initialBackoff(), properties.retry().maxBackoff()),
                throttle);
    }

    @Bean
    LiveIndexTarget liveIndexTarget(ElasticsearchClient client, IndexNames names, RetentionPolicy retention,
                                    UntilAnswered untilAnswered) {
        return new LiveIndexTarget(client, names, retention, untilAnswered);
    }

    @Bean
    ArticleLocator articleLocator(ElasticsearchClient client, IndexNames names, UntilAnswered untilAnswered) {
        return new ArticleLocator(client, names, untilAnswered);
    }

    @Bean
    IndexBootstrap indexBootstrap(ElasticsearchClient client, IndexNames names, IndexTemplateInstaller installer,
                                  LiveIndexTarget live) {
        return new IndexBootstrap(client, names, installer, live, Clock.systemUTC());
    }

    @Bean
    IndexBootstrapLifecycle indexBootstrapLifecycle(IndexBootstrap bootstrap, PublishProperties properties) {
        return new IndexBootstrapLifecycle(bootstrap, properties.index().startupTimeout(), properties.retry());
    }

    /** Not in the reindex command: the running service drops expired indices, the command only rebuilds. */
    @Bean
    @Profile("!" + PublishApplication.REINDEX)
    RetentionSchedule retentionSchedule(ElasticsearchClient client, IndexNames names, RetentionPolicy policy,
                                        PublishProperties properties) {
        return new RetentionSchedule(new IndexRetention(client, names, policy), properties.retention().checkInterval());
    }

    @Bean
    ArticleDocumentMapper articleDocumentMapper() {
        return new ArticleDocumentMapper(Clock.systemUTC());
    }

    /** Live writes go through each period's write alias, so they follow it when a rebuilt index set takes over. */
    @Bean
    DocumentOperations documentOperations(IndexNames names, LiveIndexTarget live) {
        return new DocumentOperations(names.period(), live, true, Clock.systemUTC());
    }

    @Bean
    ArticleOperations articleOperations(ArticleDocumentMapper mapper, DocumentOperations operations, ArticleLocator locator) {
        return new ArticleOperations(mapper, operations, locator);
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
