package io.newsflow.servicesupport.edge;

import io.newsflow.contract.KafkaTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declarations of the topics a stage creates at start-up (Boot's KafkaAdmin creates every
 * {@link NewTopic} bean that is missing), all from one {@link TopicsProperties}, so partitions,
 * replication and {@code min.insync.replicas} agree across the services.
 */
public final class StageTopics {

    private final TopicsProperties properties;

    public StageTopics(TopicsProperties properties) {
        this.properties = properties;
    }

    /** A topic of the pipeline, kept as long as the broker's default retention. */
    public NewTopic topic(String name) {
        return builder(name).build();
    }

    /** A topic that keeps the latest value of each key (state, or a table readers rebuild from). */
    public NewTopic compacted(String name) {
        return builder(name).compact().build();
    }

    /** The dead-letter topic of {@code sourceTopic}: {@code <topic>-dlt}, with the dead-letter policy. */
    public NewTopic deadLetter(String sourceTopic) {
        return builder(KafkaTopics.deadLetter(sourceTopic))
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(properties.deadLetter().retention().toMillis()))
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(properties.deadLetter().maxMessageSize().toBytes()))
                .build();
    }

    private TopicBuilder builder(String name) {
        return TopicBuilder.name(name)
                .partitions(properties.partitions())
                .replicas(properties.replicationFactor())
                .config(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(properties.minInsyncReplicas()));
    }
}
