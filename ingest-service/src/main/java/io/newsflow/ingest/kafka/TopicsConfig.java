package io.newsflow.ingest.kafka;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.ingest.IngestProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics this service writes, created by Boot's KafkaAdmin at start-up: news.inbound (so
 * feeders can produce before anything else ran), news.raw, the dead letters of news.inbound, and
 * its own compacted state topics (article identities, feed state).
 */
@Configuration(proxyBeanMethods = false)
class TopicsConfig {

    /** Dead letters carry the original record plus headers, so they may be a little larger than it. */
    static final int DEAD_LETTER_MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
    private static final String THIRTY_DAYS_MS = String.valueOf(30L * 24 * 3600 * 1000);

    private final IngestProperties.Topics topics;

    TopicsConfig(IngestProperties properties) {
        this.topics = properties.topics();
    }

    @Bean
    NewTopic inboundTopic() {
        return topic(KafkaTopics.INBOUND).build();
    }

    @Bean
    NewTopic rawTopic() {
        return topic(KafkaTopics.RAW).build();
    }

    @Bean
    NewTopic inboundDeadLetterTopic() {
        // Kept a month so operators have time to inspect and replay.
        return topic(KafkaTopics.deadLetter(KafkaTopics.INBOUND))
                .config(TopicConfig.RETENTION_MS_CONFIG, THIRTY_DAYS_MS)
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(DEAD_LETTER_MAX_MESSAGE_BYTES))
                .build();
    }

    @Bean
    NewTopic identityStateTopic() {
        return topic(IngestTopics.STATE).compact().build();
    }

    @Bean
    NewTopic feedStateTopic() {
        return topic(IngestTopics.FEEDS).compact().build();
    }

    private TopicBuilder topic(String name) {
        return TopicBuilder.name(name)
                .partitions(topics.partitions())
                .replicas(topics.replicationFactor())
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(Math.min(2, topics.replicationFactor())));
    }
}
