package io.newsflow.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar lists the build wrote, as the children will get them. */
class RuntimeArtifactsTest {

    private final RuntimeArtifacts artifacts = RuntimeArtifacts.load();

    @Test
    void brokerClasspathHasKafkaAndAnSlf4j2BindingToLog4j() {
        assertThat(artifacts.kafkaBroker()).extracting(RuntimeArtifactsTest::fileName)
            .anyMatch(name -> name.startsWith("kafka_2.13-"))
            .anyMatch(name -> name.startsWith("slf4j-api-2."))
            .anyMatch(name -> name.startsWith("log4j-slf4j2-impl-"))
            .noneMatch(name -> name.startsWith("local-stack-es-plugin"));
    }

    @Test
    void nodeJarsComeWithThePluginArtifact() {
        assertThat(fileName(artifacts.elasticsearchPlugin())).matches("local-stack-es-plugin.*|classes");
        assertThat(artifacts.elasticsearchNode()).extracting(RuntimeArtifactsTest::fileName)
            .contains("elasticsearch-9.5.3.jar", "transport-netty4-9.5.3.jar", "elasticsearch-entitlement-bridge-9.5.3.jar")
            // Elasticsearch's own Netty line, not the one Spring Boot manages for the services.
            .anyMatch(name -> name.startsWith("netty-codec-http-4.1."));
    }

    private static String fileName(Path path) {
        return path.getFileName().toString();
    }
}
