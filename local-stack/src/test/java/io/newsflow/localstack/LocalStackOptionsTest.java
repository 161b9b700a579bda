package io.newsflow.localstack;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackOptionsTest {

    @Test
    void defaultsStartBothOnFreePortsWithHalfAGigabyteOfHeap() {
        LocalStackOptions options = LocalStackOptions.defaults(Path.of("target/x"));

        assertThat(options.dataDir()).isAbsolute();
        assertThat(options.kafkaPort()).isZero();
        assertThat(options.elasticsearchPort()).isZero();
        assertThat(options.elasticsearchHeap()).isEqualTo("512m");
        assertThat(options.startKafka()).isTrue();
        assertThat(options.startElasticsearch()).isTrue();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> LocalStackOptions.builder(Path.of("x")).kafkaPort(70_000).build())
            .hasMessageContaining("kafkaPort");
        assertThatThrownBy(() -> LocalStackOptions.builder(Path.of("x")).elasticsearchHeap("lots").build())
            .hasMessageContaining("512m or 1g");
        assertThatThrownBy(() -> LocalStackOptions.builder(Path.of("x")).startKafka(false).startElasticsearch(false).build())
            .hasMessageContaining("Nothing to start");
    }

    @Test
    void aTakenPortIsReportedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            LocalStackOptions options = LocalStackOptions.builder(Path.of("target/unused")).kafkaPort(taken.getLocalPort()).build();

            assertThatThrownBy(() -> LocalStack.start(options))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot start Kafka: port " + taken.getLocalPort())
                .hasMessageContaining("already in use");
        }
    }
}
