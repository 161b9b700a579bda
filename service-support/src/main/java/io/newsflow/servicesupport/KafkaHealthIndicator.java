package io.newsflow.servicesupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Health component {@code kafka}, part of the readiness group: DOWN while the cluster does not
 * answer, or while a listener container has stopped. Details: cluster id, brokers, and each
 * listener container's state. Spring Boot has no Kafka health indicator, hence this one. The
 * cluster is asked in the background, at most every few seconds, and a probe answers with the
 * last answer, so frequent probes neither wait nor load the broker.
 *
 * <p>Registered by {@link KafkaHealthAutoConfiguration} in every service that depends on this module.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration KEEP = Duration.ofSeconds(5);

    private record Cluster(Instant checkedAt, String id, int brokers, String error) {
    }

    private final Admin admin;
    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
    private volatile Cluster last;
    private CompletableFuture<Cluster> asking;

    /** @param listeners the listener containers to report on; none when the service has no listener */
    public KafkaHealthIndicator(KafkaAdmin kafkaAdmin, ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        super("Kafka health check failed");
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        this.admin = Admin.create(config);
        this.listeners = listeners;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> containers = new TreeMap<>();
        listeners.ifAvailable(registry -> {
            for (MessageListenerContainer container : registry.getListenerContainers()) {
                containers.put(container.getListenerId(), !container.isRunning() ? "stopped"
                        : container.isContainerPaused() ? "paused" : "running");
            }
        });
        Cluster cluster = cluster();
        builder.withDetail("listenerContainers", containers);
        if (cluster.error() != null) {
            builder.down().withDetail("error", cluster.error());
        } else {
            builder.withDetail("clusterId", cluster.id()).withDetail("brokers", cluster.brokers());
            if (containers.containsValue("stopped")) {
                builder.down();
            } else {
                builder.up();
            }
        }
    }

    /** The last answer; a new question when it is older than KEEP. Only the very first probe waits. */
    private Cluster cluster() {
        Cluster cluster = last;
        if (cluster == null) {
            return ask().join();
        }
        if (cluster.checkedAt().plus(KEEP).isBefore(Instant.now())) {
            ask();
        }
        return cluster;
    }

    private synchronized CompletableFuture<Cluster> ask() {
        if (asking == null || asking.isDone()) {
            DescribeClusterResult result = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
            asking = result.clusterId().toCompletionStage().toCompletableFuture()
                    .thenCombine(result.nodes().toCompletionStage(), (id, nodes) -> new Cluster(Instant.now(), id, nodes.size(), null))
                    .exceptionally(e -> new Cluster(Instant.now(), null, 0, "cluster unreachable: "
                            + (e instanceof CompletionException && e.getCause() != null ? e.getCause() : e)))
                    .whenComplete((cluster, e) -> last = cluster);
        }
        return asking;
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
