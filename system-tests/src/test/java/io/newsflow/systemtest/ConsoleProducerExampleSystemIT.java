package io.newsflow.systemtest;

import io.newsflow.testsupport.TestServers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsflow.systemtest.NewsIndex.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ingest README's example for feeders with Kafka's console producer, run as the README prints it
 * (through bash, so its quoting counts) with the Kafka 4.1.2 console producer (kafka-tools, a test
 * dependency): only the bootstrap address is replaced, and a marker added to the titles. Both records
 * must become searchable.
 */
class ConsoleProducerExampleSystemIT {

    private static final Pattern EXAMPLE = Pattern.compile("```bash\n(kafka-console-producer\\.sh .*?\nEOF\n)```", Pattern.DOTALL);

    @Test
    void theReadmesConsoleProducerExampleWorksVerbatim() throws Exception {
        RunningPipeline pipeline = RunningPipeline.get();
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        Matcher example = EXAMPLE.matcher(Files.readString(root.resolve("ingest-service/README.md")));
        assertThat(example.find()).as("the console producer example in ingest-service/README.md").isTrue();
        String marker = uniqueWord();
        String script = example.group(1)
                .replace("localhost:9092", TestServers.kafka().bootstrapServers())
                .replace("Council backs tax rise", "Council backs tax rise " + marker)
                .replace("Gritters out overnight", "Gritters out overnight " + marker);
        String java = ProcessHandle.current().info().command().orElse("java");
        String producer = "kafka-console-producer.sh() { \"" + java + "\" -cp \"" + System.getProperty("java.class.path")
                + "\" org.apache.kafka.tools.ConsoleProducer \"$@\"; }\n";

        Process bash = new ProcessBuilder("bash", "-c", producer + script).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("Exception");
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> assertThat(pipeline.index().searchText(marker)).hasSize(2));
    }
}
