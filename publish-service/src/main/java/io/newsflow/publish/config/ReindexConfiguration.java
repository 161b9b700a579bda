package io.newsflow.publish.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.publish.PublishApplication;
import io.newsflow.publish.index.IndexNames;
import io.newsflow.publish.index.IndexTemplateInstaller;
import io.newsflow.publish.index.RetentionPolicy;
import io.newsflow.publish.index.UntilAnswered;
import io.newsflow.publish.reindex.IndexRebuilder;
import io.newsflow.publish.reindex.ReindexCommand;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Clock;

/** The {@code reindex} command's beans, present only when the jar runs as that command. */
@Configuration(proxyBeanMethods = false)
@Profile(PublishApplication.REINDEX)
class ReindexConfiguration {

    @Bean
    IndexRebuilder indexRebuilder(ElasticsearchClient client, IndexNames names, IndexTemplateInstaller installer,
                                  PublishProperties properties, ConsumerFactory<?, ?> consumers, RetentionPolicy retention,
                                  UntilAnswered untilAnswered) {
        return new IndexRebuilder(client, names, installer, properties.bulkSettings(),
                consumers.getConfigurationProperties(), retention, untilAnswered, properties.reindex().readers(),
                Clock.systemUTC());
    }

    @Bean
    ReindexCommand reindexCommand(IndexRebuilder rebuilder, IndexNames names) {
        return new ReindexCommand(rebuilder, names.alias(), System.out);
    }
}
