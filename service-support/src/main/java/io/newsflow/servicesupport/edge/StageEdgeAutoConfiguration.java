package io.newsflow.servicesupport.edge;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import java.time.Clock;

/**
 * The Kafka edge every stage shares, for a service that names its stage ({@code newsflow.stage.name}):
 * topic declarations ({@link StageTopics}), dead letters ({@link DeadLetters}), the failure policy
 * for listeners ({@link StageEdge}) and containers (one after-rollback processor, one
 * {@link CommonErrorHandler}, which Boot wires into every listener container), health component
 * {@code stage} ({@link StageState}) and, for transactional stages, the transaction manager.
 * docs/stage-edge.md describes the policy.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnProperty(prefix = "newsflow.stage", name = "name")
@EnableConfigurationProperties({StageProperties.class, TopicsProperties.class})
public class StageEdgeAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StageEdgeAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    StageTopics stageTopics(TopicsProperties topics) {
        return new StageTopics(topics);
    }

    /** The bean name makes the health component name: {@code stage}. */
    @Bean
    @ConditionalOnMissingBean
    StageState stageHealthIndicator(StageProperties stage, MeterRegistry meters, ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        return new StageState(stage, meters, listeners, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetters deadLetters(KafkaOperations<?, ?> template, StageProperties stage, ObjectProvider<StageReasons> reasons,
                            TopicsProperties topics, KafkaProperties kafka, MeterRegistry meters) {
        long topicLimit = topics.deadLetter().maxMessageSize().toBytes();
        Object configured = kafka.buildProducerProperties().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        long producerLimit = configured == null ? 1024 * 1024 : Long.parseLong(configured.toString());
        if (producerLimit < topicLimit) {
            log.warn("The producer's max.request.size ({}) is below the dead-letter topics' max.message.bytes ({}): "
                    + "dead letters above it are sent without their value", producerLimit, topicLimit);
        }
        return new DeadLetters(template, stage, reasons.getIfAvailable(StageReasons::of),
                (int) Math.min(topicLimit, producerLimit), meters);
    }

    @Bean
    @ConditionalOnMissingBean
    StageEdge stageEdge(DeadLetters deadLetters, StageState state, StageProperties stage) {
        return new StageEdge(deadLetters, state, stage);
    }

    @Bean
    @ConditionalOnMissingBean
    AfterRollbackProcessor<Object, Object> afterRollbackProcessor(StageProperties stage, StageState state) {
        return StageFailureHandling.afterRollbackProcessor(stage, state);
    }

    @Bean
    @ConditionalOnMissingBean
    CommonErrorHandler errorHandler(StageProperties stage, StageState state, DeadLetters deadLetters) {
        return StageFailureHandling.errorHandler(stage, state, deadLetters, !stage.listenerCommitsOffsets());
    }

    /**
     * Boot's Kafka transaction manager with transaction synchronisation on, so that work can learn
     * when its transaction committed (Spring Kafka switches it off by default).
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "spring.kafka.producer.transaction-id-prefix")
    KafkaTransactionManager<?, ?> kafkaTransactionManager(ProducerFactory<?, ?> producerFactory) {
        KafkaTransactionManager<?, ?> manager = new KafkaTransactionManager<>(producerFactory);
        manager.setTransactionSynchronization(AbstractPlatformTransactionManager.SYNCHRONIZATION_ON_ACTUAL_TRANSACTION);
        return manager;
    }
}
