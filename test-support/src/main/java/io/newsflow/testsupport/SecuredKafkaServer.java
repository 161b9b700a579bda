package io.newsflow.testsupport;

import io.newsflow.localstack.KafkaSaslSsl;
import io.newsflow.localstack.LocalCertificates;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A broker that accepts only SASL_SSL (SCRAM-SHA-512 over TLS) on {@link #bootstrapServers()}, as a
 * production broker does, with one user. Its certificate is issued by {@link #certificates()}'s CA.
 */
public interface SecuredKafkaServer {

    /** The SASL_SSL listener, {@code 127.0.0.1:<port>}. */
    String bootstrapServers();

    String username();

    String password();

    LocalCertificates certificates();

    /** Client settings for plain Kafka clients, logging in as {@code username} with {@code password}. */
    default Map<String, Object> clientProperties(String username, String password) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        config.put(SaslConfigs.SASL_MECHANISM, KafkaSaslSsl.MECHANISM);
        config.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig(username, password));
        config.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM");
        config.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, certificates().caCertificate().toAbsolutePath().toString());
        return config;
    }

    /** The same settings as the services' Spring properties: what an operator sets (as environment variables). */
    default Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers());
        properties.put("spring.kafka.security.protocol", "SASL_SSL");
        properties.put("spring.kafka.properties.sasl.mechanism", KafkaSaslSsl.MECHANISM);
        properties.put("spring.kafka.properties.sasl.jaas.config", jaasConfig(username(), password()));
        properties.put("spring.kafka.ssl.trust-store-type", "PEM");
        properties.put("spring.kafka.ssl.trust-store-location", "file:" + certificates().caCertificate().toAbsolutePath());
        return properties;
    }

    /** {@link #springProperties()} as the environment variables of a service process (README, "Running in production"). */
    default Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        springProperties().forEach((name, value) ->
                environment.put(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        return environment;
    }

    static String jaasConfig(String username, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username
                + "\" password=\"" + password + "\";";
    }
}
