package io.newsflow.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Servers in containers, for machines with a Docker engine. Outages are simulated by pausing the
 * container, which keeps its address and its data, as a stopped local node does.
 */
final class ContainerServers {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.5.3";

    private ContainerServers() {
    }

    static KafkaServer kafka() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
        container.start();
        return new KafkaServer() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public void restart() {
                pause(container.getContainerId());
                unpause(container.getContainerId());
            }
        };
    }

    static ElasticsearchServer elasticsearch() {
        ElasticsearchContainer container = new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        container.start();
        return new ElasticsearchServer() {
            @Override
            public String url() {
                return "http://" + container.getHttpHostAddress();
            }

            @Override
            public void stop() {
                pause(container.getContainerId());
            }

            @Override
            public void start() {
                unpause(container.getContainerId());
            }
        };
    }

    private static void pause(String containerId) {
        DockerClientFactory.instance().client().pauseContainerCmd(containerId).exec();
    }

    private static void unpause(String containerId) {
        DockerClientFactory.instance().client().unpauseContainerCmd(containerId).exec();
    }
}
