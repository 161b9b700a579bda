package io.newsflow.opscli;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.testsupport.SecuredKafkaServer;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./newsflow dlq} against a broker that accepts only SASL_SSL (SCRAM over TLS): the built
 * command, run as the operator runs it, with the client settings in a Kafka client properties file.
 */
class SecuredDeadLetterCliIT {

    private static final String DLT = KafkaTopics.deadLetter(KafkaTopics.ENRICHED);
    private static final Path JAR = Path.of("target", "ops-cli.jar");

    private static SecuredKafkaServer kafka;

    @BeforeAll
    static void deadLetterOneRecord() throws Exception {
        kafka = TestServers.securedKafka();
        Map<String, Object> client = kafka.clientProperties(kafka.username(), kafka.password());
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(KafkaTopics.ENRICHED, 1, (short) 1), new NewTopic(DLT, 1, (short) 1)))
                    .all().get();
        }
        try (var producer = new KafkaProducer<>(client, new ByteArraySerializer(), new ByteArraySerializer())) {
            var record = new ProducerRecord<>(DLT, "a1".getBytes(StandardCharsets.UTF_8), "{\"id\":".getBytes(StandardCharsets.UTF_8));
            record.headers().add(NewsHeaders.DLT_REASON, "invalid-json".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    @Test
    void listsAndReplaysWithTheCredentialsOfTheClientConfiguration() throws Exception {
        Path config = clientConfig(kafka.password());

        Result list = dlq(config, "list");
        assertThat(list.exitCode()).as(list.output()).isZero();
        assertThat(list.output().lines().filter(l -> l.startsWith(DLT + " ")).findFirst().orElseThrow())
                .matches(".*\\s1\\s+1\\s+invalid-json=1");

        Result replay = dlq(config, "replay", DLT);
        assertThat(replay.output()).contains("replayed 1 record(s) from " + DLT);
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
        Result list = dlq(clientConfig("not-" + kafka.password()), "list");

        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.output()).contains("Kafka refused the connection").contains("Authentication failed");
    }

    /** What an operator writes: the client settings, no broker address (that comes from the command line). */
    private static Path clientConfig(String password) throws IOException {
        Properties properties = new Properties();
        kafka.clientProperties(kafka.username(), password).forEach((name, value) -> {
            if (!name.equals(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
                properties.setProperty(name, value.toString());
            }
        });
        Path file = Files.createDirectories(Path.of("target", "client-config")).resolve(UUID.randomUUID() + ".properties");
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "Kafka client settings for ./newsflow dlq");
        }
        return file;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result dlq(Path config, String... command) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", JAR.toString(), "dlq"));
        arguments.addAll(List.of(command));
        arguments.addAll(List.of("--bootstrap-servers", kafka.bootstrapServers(), "--command-config", config.toString()));
        Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
