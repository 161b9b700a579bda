package io.newsflow.publish.config;

import io.newsflow.publish.connection.ElasticsearchConnectionProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The environment variables the README's "Running in production" gives, bound the way Boot binds
 * a real process environment: a typo there would leave a production service on plaintext.
 */
class ProductionEnvironmentTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"newsflow-ingest\" password=\"s3cret\";";

    private static Binder binder(Map<String, Object> variables) {
        // Under the process environment's own name, which is what makes Boot map its variable names.
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment);
    }

    @Test
    void theKafkaVariablesReachEveryKindOfClient() {
        Binder binder = binder(Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka.example.net:9094",
                "SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512",
                "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", JAAS,
                "SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "PEM",
                "SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "file:/certs/kafka-ca.crt"));
        KafkaProperties kafka = binder.bind("spring.kafka", KafkaProperties.class).get();

        for (Map<String, Object> client : List.of(kafka.buildProducerProperties(), kafka.buildConsumerProperties(),
                kafka.buildAdminProperties(), kafka.buildStreamsProperties())) {
            assertThat(client).containsEntry("security.protocol", "SASL_SSL")
                    .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                    .containsEntry("sasl.jaas.config", JAAS)
                    .containsEntry("ssl.truststore.type", "PEM")
                    .containsEntry("ssl.truststore.location", "/certs/kafka-ca.crt");
        }
    }

    @Test
    void theElasticsearchVariablesBind() {
        Binder binder = binder(Map.of(
                "NEWSFLOW_PUBLISH_ELASTICSEARCH_CA_FINGERPRINT", "AB:".repeat(31) + "AB",
                "NEWSFLOW_PUBLISH_ELASTICSEARCH_VERIFY_HOSTNAME", "false"));
        ElasticsearchConnectionProperties properties = binder.bind("newsflow.publish.elasticsearch",
                ElasticsearchConnectionProperties.class).get();

        assertThat(properties.caFingerprint()).isEqualTo("AB:".repeat(31) + "AB");
        assertThat(properties.verifyHostname()).isFalse();
    }
}
