package io.newsflow.servicesupport.edge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The stage this process runs, under {@code newsflow.stage}: what the shared Kafka edge needs to
 * know of it. Defaults in {@code newsflow-stage-defaults.yml}.
 *
 * @param name                    the stage's short name ({@code ingest}, {@code enrich}, {@code publish}):
 *                                part of every metric name ({@code newsflow.<name>.dead.letters}) and
 *                                of the transactional ids
 * @param instanceId              this instance among the stage's instances: unique per broker, and stable
 *                                across restarts (a pod or host name) so a restarted instance fences its
 *                                predecessor's open transactions at once
 * @param retry                   back-off for transient failures
 * @param maxConsecutiveFailures  undeclared failures on this many records in a row, with no success
 *                                between them, mean the stage itself is broken: it stops consuming
 *                                instead of dead-lettering the stream
 * @param listenerCommitsOffsets  the stage commits offsets itself, in order, once its asynchronous work
 *                                is acknowledged (publish): the container must then not commit the
 *                                offset of a record its error handler dead-lettered
 */
@Validated
@ConfigurationProperties("newsflow.stage")
public record StageProperties(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*") String name,
        @NotBlank String instanceId,
        @Valid @NotNull @DefaultValue Retry retry,
        @Min(1) @DefaultValue("5") int maxConsecutiveFailures,
        @DefaultValue("false") boolean listenerCommitsOffsets) {

    /**
     * Capped exponential back-off with jitter, without a limit on attempts: a transient failure is
     * waited out, never turned into a dead letter.
     *
     * @param initialInterval pause before the first retry
     * @param multiplier      growth per attempt
     * @param maxInterval     the cap
     * @param jitter          each pause varies by up to this much, so instances do not retry in step
     */
    public record Retry(
            @NotNull @DefaultValue("500ms") Duration initialInterval,
            @DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
            @NotNull @DefaultValue("30s") Duration maxInterval,
            @NotNull @DefaultValue("250ms") Duration jitter) {

        @AssertTrue(message = "max-interval must not be shorter than initial-interval")
        boolean isOrdered() {
            return initialInterval == null || maxInterval == null || maxInterval.compareTo(initialInterval) >= 0;
        }

        public ExponentialBackOff backOff() {
            ExponentialBackOff backOff = new ExponentialBackOff(initialInterval.toMillis(), multiplier);
            backOff.setMaxInterval(maxInterval.toMillis());
            backOff.setJitter(jitter.toMillis());
            return backOff;
        }
    }
}
