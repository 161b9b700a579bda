package io.newsflow.localstack;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to start and where.
 *
 * <pre>{@code
 * LocalStackOptions options = LocalStackOptions.builder(Path.of("target/local-stack"))
 *     .kafkaPort(0)                 // 0 (the default): a free port
 *     .elasticsearchPort(9200)
 *     .elasticsearchHeap("512m")
 *     .startKafka(true)
 *     .startElasticsearch(true)
 *     .kafkaSaslSsl(null)           // or a SASL_SSL listener beside the plaintext one
 *     .build();
 * }</pre>
 *
 * @param dataDir            everything the servers write: their data, their configuration and {@code logs/}; a later
 *                           start on the same directory finds the same topics and indices
 * @param kafkaPort          the broker's port on 127.0.0.1, or 0 for a free one
 * @param elasticsearchPort  the node's HTTP port on 127.0.0.1, or 0 for a free one
 * @param elasticsearchHeap  the node's heap, in the JVM's notation ({@code 512m}, {@code 1g})
 * @param kafkaHeap          the broker's maximum heap, in the JVM's notation
 * @param startKafka         whether to start the broker
 * @param startElasticsearch whether to start the node
 * @param kafkaSaslSsl       a SASL_SSL listener beside the plaintext one, or null for plaintext only
 */
public record LocalStackOptions(
    Path dataDir,
    int kafkaPort,
    int elasticsearchPort,
    String elasticsearchHeap,
    String kafkaHeap,
    boolean startKafka,
    boolean startElasticsearch,
    KafkaSaslSsl kafkaSaslSsl
) {

    public static final String DEFAULT_ELASTICSEARCH_HEAP = "512m";
    public static final String DEFAULT_KAFKA_HEAP = "512m";
    private static final Pattern HEAP_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgG]");

    public LocalStackOptions {
        Objects.requireNonNull(dataDir, "dataDir");
        dataDir = dataDir.toAbsolutePath().normalize();
        requirePort(kafkaPort, "kafkaPort");
        requirePort(elasticsearchPort, "elasticsearchPort");
        requireHeap(elasticsearchHeap, "elasticsearchHeap");
        requireHeap(kafkaHeap, "kafkaHeap");
        if (!startKafka && !startElasticsearch) {
            throw new IllegalArgumentException("Nothing to start: enable Kafka, Elasticsearch or both");
        }
    }

    /** Both servers on free ports, with the default heaps. */
    public static LocalStackOptions defaults(Path dataDir) {
        return builder(dataDir).build();
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    private static void requirePort(int port, String name) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0 (a free port) or a port number, not " + port);
        }
    }

    private static void requireHeap(String heap, String name) {
        if (heap == null || !HEAP_SIZE.matcher(heap).matches()) {
            throw new IllegalArgumentException(name + " must be a JVM heap size such as 512m or 1g, not " + heap);
        }
    }

    public static final class Builder {
        private final Path dataDir;
        private int kafkaPort;
        private int elasticsearchPort;
        private String elasticsearchHeap = DEFAULT_ELASTICSEARCH_HEAP;
        private String kafkaHeap = DEFAULT_KAFKA_HEAP;
        private boolean startKafka = true;
        private boolean startElasticsearch = true;
        private KafkaSaslSsl kafkaSaslSsl;

        private Builder(Path dataDir) {
            this.dataDir = dataDir;
        }

        public Builder kafkaPort(int kafkaPort) {
            this.kafkaPort = kafkaPort;
            return this;
        }

        public Builder elasticsearchPort(int elasticsearchPort) {
            this.elasticsearchPort = elasticsearchPort;
            return this;
        }

        public Builder elasticsearchHeap(String elasticsearchHeap) {
            this.elasticsearchHeap = elasticsearchHeap;
            return this;
        }

        public Builder kafkaHeap(String kafkaHeap) {
            this.kafkaHeap = kafkaHeap;
            return this;
        }

        public Builder startKafka(boolean startKafka) {
            this.startKafka = startKafka;
            return this;
        }

        public Builder startElasticsearch(boolean startElasticsearch) {
            this.startElasticsearch = startElasticsearch;
            return this;
        }

        /** Adds a SASL_SSL (SCRAM-SHA-512) listener to the broker; see {@link KafkaNode#saslSslBootstrapServers()}. */
        public Builder kafkaSaslSsl(KafkaSaslSsl kafkaSaslSsl) {
            this.kafkaSaslSsl = kafkaSaslSsl;
            return this;
        }

        public LocalStackOptions build() {
            return new LocalStackOptions(dataDir, kafkaPort, elasticsearchPort, elasticsearchHeap, kafkaHeap, startKafka,
                startElasticsearch, kafkaSaslSsl);
        }
    }
}
