package io.newsflow.servicesupport;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** {@link KafkaRecordObservations} on Boot's observation registry (metrics and tracing handlers). */
@AutoConfiguration(after = ObservationAutoConfiguration.class)
@ConditionalOnBean(ObservationRegistry.class)
public class KafkaRecordObservationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    KafkaRecordObservations kafkaRecordObservations(ObservationRegistry registry) {
        return new KafkaRecordObservations(registry);
    }
}
