package io.newsflow.testsupport;

import io.newsflow.localstack.KafkaSaslSsl;
import io.newsflow.localstack.LocalCertificates;
import io.newsflow.localstack.LocalStack;
import io.newsflow.localstack.LocalStackOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Servers from the local stack: a real broker and a real node as child processes of the test
 * JVM. Each is started on its own, so a module that only needs Kafka never pays for
 * Elasticsearch. Their data lives under the module's {@code target/}, where {@code mvn clean}
 * removes it, and they stop when the test JVM exits (or dies).
 */
final class LocalStackServers {

    private LocalStackServers() {
    }

    static KafkaServer kafka() {
        LocalStack stack = start(LocalStackOptions.builder(dataDir("kafka")).startElasticsearch(false).build());
        return new KafkaServer() {
            @Override
            public String bootstrapServers() {
                return stack.kafkaBootstrapServers();
            }

            @Override
            public void restart() {
                stack.kafka().restart();
            }
        };
    }

    static SecuredKafkaServer securedKafka() {
        Path dataDir = dataDir("secured-kafka");
        LocalCertificates certificates = LocalCertificates.generate(dataDir.resolve("certificates"));
        String username = "newsflow";
        String password = UUID.randomUUID().toString();
        LocalStack stack = start(LocalStackOptions.builder(dataDir).startElasticsearch(false)
                .kafkaSaslSsl(new KafkaSaslSsl(certificates.keyStore(), certificates.password(), Map.of(username, password)))
                .build());
        return new SecuredKafkaServer() {
            @Override
            public String bootstrapServers() {
                return stack.kafka().saslSslBootstrapServers();
            }

            @Override
            public String username() {
                return username;
            }

            @Override
            public String password() {
                return password;
            }

            @Override
            public LocalCertificates certificates() {
                return certificates;
            }
        };
    }

    static ElasticsearchServer elasticsearch() {
        LocalStack stack = start(LocalStackOptions.builder(dataDir("elasticsearch")).startKafka(false).build());
        return new ElasticsearchServer() {
            @Override
            public String url() {
                return stack.elasticsearchUrl();
            }

            @Override
            public void stop() {
                stack.elasticsearch().stop();
            }

            @Override
            public void start() {
                stack.elasticsearch().start();
            }
        };
    }

    private static LocalStack start(LocalStackOptions options) {
        // The stack stops itself from a shutdown hook, and its children notice if this JVM is killed.
        return LocalStack.start(options);
    }

    private static Path dataDir(String server) {
        try {
            Path parent = Files.createDirectories(Path.of("target", "test-servers"));
            return Files.createTempDirectory(parent, server + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
