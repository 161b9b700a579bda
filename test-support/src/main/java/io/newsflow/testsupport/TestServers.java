package io.newsflow.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The one place integration and system tests get their real Kafka broker and Elasticsearch node.
 * Each server is started at most once per test JVM, on first use, and shared by every test class;
 * a JVM that only needs Kafka never starts Elasticsearch.
 *
 * <p>Choice, per server: an external server named by an environment variable; otherwise
 * Testcontainers when a Docker engine answers; otherwise the local stack (child processes).
 */
public final class TestServers {

    public static final String KAFKA_ENV = "NEWSFLOW_TEST_KAFKA_BOOTSTRAP_SERVERS";
    public static final String ELASTICSEARCH_ENV = "NEWSFLOW_TEST_ELASTICSEARCH_URL";

    private static final Logger log = LoggerFactory.getLogger(TestServers.class);

    private static final Lazy<KafkaServer> KAFKA = new Lazy<>(TestServers::startKafka);
    private static final Lazy<ElasticsearchServer> ELASTICSEARCH = new Lazy<>(TestServers::startElasticsearch);
    private static final Lazy<SecuredKafkaServer> SECURED_KAFKA = new Lazy<>(LocalStackServers::securedKafka);

    private TestServers() {
    }

    public static KafkaServer kafka() {
        return KAFKA.get();
    }

    public static ElasticsearchServer elasticsearch() {
        return ELASTICSEARCH.get();
    }

    /**
     * A second broker, with a SASL_SSL listener only clients with its SCRAM user's password get
     * through, for tests of the services' Kafka security settings. Always from the local stack
     * (the JDK is all it needs), and only started by the tests that ask, so the default suite's
     * broker stays plaintext and fast.
     */
    public static SecuredKafkaServer securedKafka() {
        return SECURED_KAFKA.get();
    }

    /** Points a Spring Boot test at the secured broker, through the Spring properties an operator would set. */
    public static void registerSecuredKafka(DynamicPropertyRegistry registry) {
        securedKafka().springProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** Points a Spring Boot test at the shared broker. */
    public static void registerKafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> kafka().bootstrapServers());
    }

    /** Points a Spring Boot test at the shared Elasticsearch node. */
    public static void registerElasticsearch(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", () -> elasticsearch().url());
    }

    public static ServerSource sourceFor(String externalEnv) {
        String external = System.getenv(externalEnv);
        if (external != null && !external.isBlank()) {
            return ServerSource.EXTERNAL;
        }
        return dockerAvailable() ? ServerSource.TESTCONTAINERS : ServerSource.LOCAL_STACK;
    }

    private static KafkaServer startKafka() {
        ServerSource source = sourceFor(KAFKA_ENV);
        log.info("Test Kafka broker from {}", source);
        return switch (source) {
            case EXTERNAL -> ExternalServers.kafka(System.getenv(KAFKA_ENV));
            case TESTCONTAINERS -> ContainerServers.kafka();
            case LOCAL_STACK -> LocalStackServers.kafka();
        };
    }

    private static ElasticsearchServer startElasticsearch() {
        ServerSource source = sourceFor(ELASTICSEARCH_ENV);
        log.info("Test Elasticsearch node from {}", source);
        return switch (source) {
            case EXTERNAL -> ExternalServers.elasticsearch(System.getenv(ELASTICSEARCH_ENV));
            case TESTCONTAINERS -> ContainerServers.elasticsearch();
            case LOCAL_STACK -> LocalStackServers.elasticsearch();
        };
    }

    private static boolean dockerAvailable() {
        // Asking Testcontainers on a machine without any Docker endpoint only logs a page of errors.
        String home = System.getProperty("user.home");
        String runtimeDir = System.getenv().getOrDefault("XDG_RUNTIME_DIR", "/nonexistent");
        boolean endpointConfigured = System.getenv("DOCKER_HOST") != null
                || Stream.of(Path.of("/var/run/docker.sock"), Path.of(home, ".docker", "run", "docker.sock"),
                        Path.of(runtimeDir, "docker.sock"), Path.of(home, ".testcontainers.properties")).anyMatch(Files::exists);
        if (!endpointConfigured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A value computed once, on first use, by whichever thread asks first. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> factory;
        private volatile T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        @Override
        public T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        value = result = factory.get();
                    }
                }
            }
            return result;
        }
    }
}
