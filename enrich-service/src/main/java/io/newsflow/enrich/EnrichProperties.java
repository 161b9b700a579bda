package io.newsflow.enrich;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The enrich service's own settings ({@code newsflow.enrich.*}); Kafka client settings are Boot's
 * {@code spring.kafka.*}.
 *
 * @param instanceId names this instance's Kafka transactions (the transaction-id prefix); unique per
 *                   instance on a broker, and stable across restarts for the fastest recovery
 */
@ConfigurationProperties("newsflow.enrich")
@Validated
public record EnrichProperties(@NotBlank String instanceId, @Valid @DefaultValue Topics topics,
                               @Valid @DefaultValue Tagging tagging) {

    /**
     * The topics this service writes (news.enriched, news.raw-dlt), created at start-up.
     *
     * @param partitions        partitions of each topic
     * @param replicationFactor replicas of each partition (1 on a single broker)
     */
    public record Topics(@DefaultValue("3") @Min(1) int partitions,
                         @DefaultValue("1") @Min(1) short replicationFactor) {
    }

    /**
     * @param maxChars       longer bodies are cut (at a boundary) before tagging and the event flagged
     * @param topicThreshold a topic is emitted when its score reaches this
     * @param maxTopics      at most this many topics per article
     * @param maxKeywords    at most this many key phrases per article
     */
    public record Tagging(@DefaultValue("20000") @Min(500) int maxChars,
                          @DefaultValue("0.3") @DecimalMin("0.0") @DecimalMax("1.0") double topicThreshold,
                          @DefaultValue("3") @Min(1) @Max(17) int maxTopics,
                          @DefaultValue("8") @Min(0) @Max(50) int maxKeywords) {
    }
}
