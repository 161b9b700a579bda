package io.newsflow.ingest.kafka;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.ingest.article.RejectionReason;
import io.newsflow.servicesupport.edge.StageReasons;
import io.newsflow.servicesupport.edge.StageTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service writes, created at start-up with the shared topic settings: news.inbound
 * (so feeders can produce before anything else ran), news.raw, the dead letters of news.inbound,
 * and its own compacted state topics (article identities, feed state). And the reasons its dead
 * letters can give: the rejection codes feeders also see over HTTP.
 */
@Configuration(proxyBeanMethods = false)
class TopicsConfig {

    @Bean
    NewTopic inboundTopic(StageTopics topics) {
        return topics.topic(KafkaTopics.INBOUND);
    }

    @Bean
    NewTopic rawTopic(StageTopics topics) {
        return topics.topic(KafkaTopics.RAW);
    }

    @Bean
    NewTopic inboundDeadLetterTopic(StageTopics topics) {
        return topics.deadLetter(KafkaTopics.INBOUND);
    }

    @Bean
    NewTopic identityStateTopic(StageTopics topics) {
        return topics.compacted(IngestTopics.STATE);
    }

    @Bean
    NewTopic feedStateTopic(StageTopics topics) {
        return topics.compacted(IngestTopics.FEEDS);
    }

    @Bean
    StageReasons ingestDeadLetterReasons() {
        return StageReasons.of(RejectionReason.values());
    }
}
