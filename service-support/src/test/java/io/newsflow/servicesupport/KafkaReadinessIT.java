package io.newsflow.servicesupport;

import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What an operator (or an orchestrator's readiness probe) sees at {@code /actuator/health/readiness}
 * of a service that depends on this module and includes {@code kafka} in its readiness group, as
 * the three services do: ready with a reachable broker and running listeners, not ready (503, and
 * why) while the broker does not answer or a listener container has stopped.
 */
class KafkaReadinessIT {

    private static final String TOPIC = "newsflow.service-support.readiness-test";
    private static final String LISTENER = "readiness-test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readyWithAReachableBrokerAndNotReadyWhileAListenerContainerIsStopped() {
        try (ConfigurableApplicationContext service = start(TestServers.kafka().bootstrapServers(), "true")) {
            Answer ready = await("ready").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> readiness(service), r -> r.status() == 200);
            JsonNode kafka = ready.body().path("components").path("kafka");
            assertThat(kafka.path("status").asString()).isEqualTo("UP");
            assertThat(kafka.path("details").path("brokers").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(kafka.path("details").path("clusterId").asString()).isNotBlank();
            assertThat(kafka.path("details").path("listenerContainers").path(LISTENER).asString()).isEqualTo("running");

            service.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(LISTENER).stop();
            Answer stopped = readiness(service);
            assertThat(stopped.status()).isEqualTo(503);
            assertThat(stopped.body().path("components").path("kafka").path("details").path("listenerContainers")
                    .path(LISTENER).asString()).isEqualTo("stopped");

            service.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(LISTENER).start();
            assertThat(readiness(service).status()).as("ready again once the container runs").isEqualTo(200);
        }
    }

    @Test
    void notReadyWhileTheBrokerDoesNotAnswerAndTheAnswerSaysWhy() {
        // Topics are not created at start-up here: that would wait for the missing broker first.
        try (ConfigurableApplicationContext service = start("localhost:" + unusedPort(), "false")) {
            Answer unready = readiness(service);
            assertThat(unready.status()).isEqualTo(503);
            assertThat(unready.body().path("status").asString()).isEqualTo("DOWN");
            JsonNode kafka = unready.body().path("components").path("kafka");
            assertThat(kafka.path("status").asString()).isEqualTo("DOWN");
            assertThat(kafka.path("details").path("error").asString()).startsWith("cluster unreachable");
            assertThat(kafka.path("details").path("listenerContainers").path(LISTENER).asString())
                    .as("the listener itself still runs, waiting for the broker").isEqualTo("running");
            assertThat(get(service, "/actuator/health/liveness").status()).as("alive: a restart would not help").isEqualTo(200);
        }
    }

    /** A service with Boot's auto-configuration, one Kafka listener and the readiness group the services use. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Service {

        @KafkaListener(id = LISTENER, topics = TOPIC)
        void listen(String value) {
        }

        @Bean
        NewTopic topic() {
            return TopicBuilder.name(TOPIC).partitions(1).replicas(1).build();
        }
    }

    private static ConfigurableApplicationContext start(String bootstrapServers, String createTopics) {
        return new SpringApplicationBuilder(Service.class).properties(
                "server.port=0",
                "spring.kafka.bootstrap-servers=" + bootstrapServers,
                "spring.kafka.admin.auto-create=" + createTopics,
                "management.endpoint.health.probes.enabled=true",
                "management.endpoint.health.group.readiness.include=readinessState,kafka",
                "management.endpoint.health.group.readiness.show-details=always").run();
    }

    private record Answer(int status, JsonNode body) {
    }

    private static Answer readiness(ConfigurableApplicationContext service) {
        return get(service, "/actuator/health/readiness");
    }

    private static Answer get(ConfigurableApplicationContext service, String path) {
        URI uri = URI.create("http://localhost:" + service.getEnvironment().getProperty("local.server.port") + path);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A local port nothing listens on: connections to it are refused. */
    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
