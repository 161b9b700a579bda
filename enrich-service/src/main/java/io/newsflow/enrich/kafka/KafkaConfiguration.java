package io.newsflow.enrich.kafka;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.enrich.EnrichProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Topics this service writes, and failure handling.
 *
 * <p>The listener runs in Kafka transactions, and in a transactional container Spring Kafka hands
 * a failed batch to the {@link AfterRollbackProcessor}, not to a {@code CommonErrorHandler}. So
 * failures are split by kind: a record that can never be enriched is dead-lettered by the
 * listener itself, inside the batch's transaction, through the {@link DeadLetterPublishingRecoverer};
 * anything else (broker unavailable, a fenced producer) rolls the batch back and the after-rollback
 * processor re-seeks it and retries with back-off, forever: it is transient, and dead-lettering a
 * whole batch because the broker blinked would lose the articles from the pipeline.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    NewTopic enrichedTopic(EnrichProperties properties) {
        return TopicBuilder.name(KafkaTopics.ENRICHED)
                .partitions(properties.topics().partitions())
                .replicas(properties.topics().replicationFactor())
                .compact()
                .build();
    }

    @Bean
    NewTopic rawDeadLetterTopic(EnrichProperties properties) {
        return TopicBuilder.name(KafkaTopics.deadLetter(KafkaTopics.RAW))
                .partitions(properties.topics().partitions())
                .replicas(properties.topics().replicationFactor())
                .build();
    }

    @Bean
    DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaTemplate<Object, Object> template) {
        // Partition -1: let the producer pick by key, so the DLT need not match news.raw's partition count.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(KafkaTopics.deadLetter(record.topic()), -1));
        recoverer.setHeadersFunction(DeadLetterReasons::header);
        // Sent inside the batch's transaction: a failed send fails the commit, so waiting for each
        // send's result (up to linger.ms, 200 ms) would only slow a burst of bad records down.
        recoverer.setFailIfSendResultIsError(false);
        return recoverer;
    }

    @Bean
    AfterRollbackProcessor<Object, Object> afterRollbackProcessor() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(10_000);
        return new DefaultAfterRollbackProcessor<>(backOff);
    }
}
