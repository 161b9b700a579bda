package io.newsflow.localstack;

import io.newsflow.localstack.LocalStackMain.Arguments;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackMainArgumentsTest {

    @Test
    void readsEveryOption() {
        Arguments arguments = Arguments.parse(List.of("--data-dir", "/tmp/stack", "--info-file", "/tmp/stack.properties",
            "--kafka-port", "9092", "--elasticsearch-port", "9200", "--elasticsearch-heap", "1g", "--without-kafka"));

        assertThat(arguments.infoFile()).isEqualTo(Path.of("/tmp/stack.properties"));
        assertThat(arguments.options().dataDir()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(arguments.options().kafkaPort()).isEqualTo(9092);
        assertThat(arguments.options().elasticsearchPort()).isEqualTo(9200);
        assertThat(arguments.options().elasticsearchHeap()).isEqualTo("1g");
        assertThat(arguments.options().startKafka()).isFalse();
        assertThat(arguments.options().startElasticsearch()).isTrue();
    }

    @Test
    void explainsWhatIsWrong() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--kafka-port", "9092"))).hasMessage("--data-dir is required");
        assertThatThrownBy(() -> Arguments.parse(List.of("--data-dir"))).hasMessage("--data-dir needs a value");
        assertThatThrownBy(() -> Arguments.parse(List.of("--data-dir", "x", "--kafka-port", "ninety")))
            .hasMessage("--kafka-port needs a port number, not ninety");
        assertThatThrownBy(() -> Arguments.parse(List.of("--data-dir", "x", "--verbose"))).hasMessage("Unknown argument: --verbose");
    }
}
