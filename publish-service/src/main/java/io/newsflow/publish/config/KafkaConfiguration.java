package io.newsflow.publish.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.publish.kafka.DeadLetterPublisher;
import io.newsflow.publish.kafka.RecordRejectedException;
import io.newsflow.publish.offsets.OffsetTracker;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/** Topics, dead-lettering and offset bookkeeping on the Kafka side. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /** The dead-letter topic this service writes. */
    @Bean
    NewTopic enrichedDeadLetterTopic(PublishProperties properties) {
        return TopicBuilder.name(KafkaTopics.deadLetter(KafkaTopics.ENRICHED))
                .partitions(properties.topics().partitions())
                .replicas(properties.topics().replicationFactor())
                .build();
    }

    /**
     * Sends a record with its original bytes to {@code <topic>-dlt}, keyed as before (partition
     * chosen by key, so the topics need not have equal partition counts), with Spring's
     * {@code kafka_dlt-*} headers and a short reason code in {@link NewsHeaders#DLT_REASON}.
     */
    @Bean
    DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(KafkaTemplate<Object, Object> template) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(KafkaTopics.deadLetter(record.topic()), -1));
        recoverer.setHeadersFunction((record, exception) -> {
            RecordHeaders headers = new RecordHeaders();
            headers.add(NewsHeaders.DLT_REASON, reasonOf(exception).getBytes(StandardCharsets.UTF_8));
            return headers;
        });
        return recoverer;
    }

    @Bean(destroyMethod = "close")
    DeadLetterPublisher deadLetterPublisher(DeadLetterPublishingRecoverer recoverer, MeterRegistry meters) {
        return new DeadLetterPublisher(recoverer, meters);
    }

    /**
     * The one error handler, for what escapes the listener (it handles unreadable records and
     * Elasticsearch rejections itself). It must not commit the failed record's offset
     * (ackAfterHandle false): with asynchronous indexing, earlier records of the partition may
     * still wait for Elasticsearch, and the offset tracker commits them in order.
     */
    @Bean
    CommonErrorHandler errorHandler(DeadLetterPublishingRecoverer recoverer) {
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, 2));
        handler.addNotRetryableExceptions(RecordRejectedException.class);
        handler.setAckAfterHandle(false);
        return handler;
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

    private static String reasonOf(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof RecordRejectedException rejected) {
                return rejected.reason();
            }
        }
        return "listener-failed";
    }
}
