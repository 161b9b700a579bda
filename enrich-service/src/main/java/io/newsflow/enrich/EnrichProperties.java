package io.newsflow.enrich;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The enrich service's own settings ({@code newsflow.enrich.*}); Kafka client settings are Boot's
 * {@code spring.kafka.*}, the Kafka edge's {@code newsflow.stage.*} and {@code newsflow.topics.*}.
 */
@ConfigurationProperties("newsflow.enrich")
@Validated
public record EnrichProperties(@Valid @DefaultValue Tagging tagging) {

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
