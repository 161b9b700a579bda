package io.newsflow.servicesupport.edge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How every topic the project creates is created, under {@code newsflow.topics} (environment
 * {@code NEWSFLOW_TOPICS_PARTITIONS} and so on): the pipeline's topics, the stages' state topics
 * and the dead-letter topics.
 *
 * @param partitions        partitions of each topic
 * @param replicationFactor replicas of each partition (1 on a single broker)
 * @param minInsyncReplicas {@code min.insync.replicas}: replicas that must have a write before
 *                          {@code acks=all} succeeds; at most the replication factor; when not set,
 *                          2 or the replication factor if that is smaller (one broker may fail)
 * @param deadLetter        what dead-letter topics keep
 */
@Validated
@ConfigurationProperties("newsflow.topics")
public record TopicsProperties(
        @Min(1) @Max(1000) @DefaultValue("3") int partitions,
        @Min(1) @Max(10) @DefaultValue("1") short replicationFactor,
        @Min(1) @Max(10) Integer minInsyncReplicas,
        @Valid @NotNull @DefaultValue DeadLetter deadLetter) {

    public TopicsProperties {
        if (minInsyncReplicas == null) {
            minInsyncReplicas = Math.min(2, (int) replicationFactor);
        }
    }

    @AssertTrue(message = "min-insync-replicas must not exceed replication-factor")
    boolean isWritable() {
        return minInsyncReplicas <= replicationFactor;
    }

    /**
     * @param retention      how long dead letters are kept: time for operators to inspect and replay
     * @param maxMessageSize {@code max.message.bytes}: a dead letter is the original record plus
     *                       headers, so this exceeds the broker's 1 MB default for ordinary topics;
     *                       the producers' {@code max.request.size} must not be smaller (checked at
     *                       start-up), and a dead letter that would still not fit is sent without its
     *                       value instead of failing the send
     */
    public record DeadLetter(
            @NotNull @DefaultValue("30d") Duration retention,
            @NotNull @DefaultValue("2MB") DataSize maxMessageSize) {
    }
}
