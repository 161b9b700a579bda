package io.newsflow.ingest.kafka;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.ingest.article.RejectedInputException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.nio.charset.StandardCharsets;

/**
 * Where records go that cannot become articles: {@code <topic>-dlt}, with the original bytes,
 * Spring's {@code kafka_dlt-*} headers and our short reason code in {@code newsflow-dlt-reason}.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfig {

    @Bean
    DeadLetterPublishingRecoverer deadLetterPublishingRecoverer(KafkaTemplate<String, byte[]> template) {
        // Partition -1: let the producer choose, so the dead-letter topic may have its own partition count.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(KafkaTopics.deadLetter(record.topic()), -1));
        recoverer.setHeadersFunction((record, failure) -> new RecordHeaders().add(
                NewsHeaders.DLT_REASON, DeadLetterReason.of(failure).getBytes(StandardCharsets.UTF_8)));
        return recoverer;
    }

    /**
     * Used by listener containers without a transaction (none in this service today): rejected
     * inputs are dead-lettered at once, anything else after a short back-off.
     */
    @Bean
    CommonErrorHandler errorHandler(DeadLetterPublishingRecoverer deadLetters) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, new FixedBackOff(500, 2));
        handler.addNotRetryableExceptions(RejectedInputException.class);
        return handler;
    }

    /**
     * The inbound listener runs in a Kafka transaction, and a transactional container hands failures
     * to this processor instead of the error handler. Records that cannot become articles never get
     * here (the listener dead-letters them inside its transaction); what does get here is a failed
     * transaction (broker unreachable, fenced producer), which retrying fixes and dead-lettering would
     * not. So: seek back and retry with a growing pause, never skip.
     */
    @Bean
    AfterRollbackProcessor<Object, Object> afterRollbackProcessor() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        return new DefaultAfterRollbackProcessor<>(backOff);
    }
}
