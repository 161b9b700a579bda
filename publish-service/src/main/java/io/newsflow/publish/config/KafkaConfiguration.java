package io.newsflow.publish.config;

import io.newsflow.contract.DeadLetterReason;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.publish.kafka.DeadLetterPublisher;
import io.newsflow.publish.offsets.OffsetTracker;
import io.newsflow.servicesupport.edge.DeadLetters;
import io.newsflow.servicesupport.edge.StageProperties;
import io.newsflow.servicesupport.edge.StageReasons;
import io.newsflow.servicesupport.edge.StageState;
import io.newsflow.servicesupport.edge.StageTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

import java.util.Collection;

/**
 * The Kafka side that is publish's own: its dead-letter topic (with the shared topic settings), the
 * reasons its dead letters can give, the asynchronous dead-letter queue and offset bookkeeping.
 * Dead letters, the failure policy and the error handler are the shared edge's (service-support);
 * {@code newsflow.stage.listener-commits-offsets} tells it that the offset tracker commits.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    NewTopic enrichedDeadLetterTopic(StageTopics topics) {
        return topics.deadLetter(KafkaTopics.ENRICHED);
    }

    /** The closed reasons; Elasticsearch's refusals ({@code es-<error type>}) are counted from their first. */
    @Bean
    StageReasons publishDeadLetterReasons() {
        return StageReasons.of(DeadLetterReason.INVALID_JSON, DeadLetterReason.INVALID_KEY,
                DeadLetterReason.INVALID_ARTICLE, DeadLetterReason.UNPUBLISHABLE);
    }

    @Bean(destroyMethod = "close")
    DeadLetterPublisher deadLetterPublisher(DeadLetters deadLetters, StageState state, StageProperties stage) {
        return new DeadLetterPublisher(deadLetters, state, stage);
    }

    /** Forgets the offsets of partitions this instance loses, before Spring commits on revocation. */
    @Bean
    ConsumerAwareRebalanceListener offsetTrackerRebalanceListener(OffsetTracker tracker) {
        return new ConsumerAwareRebalanceListener() {
            @Override
            public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                tracker.revoked(partitions);
            }

            @Override
            public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
                tracker.revoked(partitions);
            }
        };
    }
}
