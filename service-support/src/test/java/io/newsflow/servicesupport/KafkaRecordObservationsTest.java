package io.newsflow.servicesupport;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaRecordObservationsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final KafkaRecordObservations observations = observations(meters);

    @Test
    void eachRecordIsTimedWithItsArticleIdInTheLoggingContextMeanwhile() {
        List<String> logged = new ArrayList<>();
        observations.observe("newsflow.test.processing", "test", record("a1"), "a1",
                () -> logged.add(MDC.get(KafkaRecordObservations.ARTICLE_ID)));
        observations.observe("newsflow.test.processing", "test", record(null), null,
                () -> logged.add(MDC.get(KafkaRecordObservations.ARTICLE_ID)));

        assertThat(logged).containsExactly("a1", null);
        assertThat(MDC.get(KafkaRecordObservations.ARTICLE_ID)).isNull();
        assertThat(meters.get("newsflow.test.processing").tag("error", "none").timer().count()).isEqualTo(2);
    }

    @Test
    void aFailureIsCountedByItsExceptionAndPassedOn() {
        assertThatThrownBy(() -> observations.observe("newsflow.test.processing", "test", record("a2"), "a2", () -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(meters.get("newsflow.test.processing").tag("error", "IllegalStateException").timer().count()).isEqualTo(1);
        assertThat(MDC.get(KafkaRecordObservations.ARTICLE_ID)).isNull();
    }

    private static KafkaRecordObservations observations(SimpleMeterRegistry meters) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        return new KafkaRecordObservations(registry);
    }

    private static ConsumerRecord<String, String> record(String key) {
        return new ConsumerRecord<>("news.test", 0, 0, key, "{}");
    }
}
