package io.newsflow.enrich.kafka;

import io.newsflow.contract.DeadLetterReason;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.servicesupport.edge.StageReasons;
import io.newsflow.servicesupport.edge.StageTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The topics this service writes, with the shared topic settings, and the reasons its dead letters
 * can give. Dead letters, retries and the failure policy are the shared edge's (service-support).
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    NewTopic enrichedTopic(StageTopics topics) {
        return topics.compacted(KafkaTopics.ENRICHED);
    }

    @Bean
    NewTopic rawDeadLetterTopic(StageTopics topics) {
        return topics.deadLetter(KafkaTopics.RAW);
    }

    @Bean
    StageReasons enrichDeadLetterReasons() {
        return StageReasons.of(DeadLetterReason.INVALID_JSON, DeadLetterReason.MISSING_ID, DeadLetterReason.MISSING_TEXT);
    }
}
