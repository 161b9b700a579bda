package io.newsflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A real Kafka broker and a real Elasticsearch node, each in a child JVM, for tests and development without
 * Docker. Data, configuration and logs live under the options' data directory ({@code logs/kafka.log},
 * {@code logs/elasticsearch.log}); a later start on the same directory finds the same topics and indices.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(LocalStackOptions.defaults(Path.of("target/local-stack")))) {
 *     String bootstrapServers = stack.kafkaBootstrapServers();   // 127.0.0.1:<port>
 *     String elasticsearchUrl = stack.elasticsearchUrl();         // http://127.0.0.1:<port>
 *     stack.elasticsearch().restart();                            // same URL afterwards
 * }
 * }</pre>
 *
 * The children stop when the stack is closed, when this JVM exits, and also when this JVM is killed outright:
 * both watch the pipe to their standard input and shut down when it closes.
 */
public final class LocalStack implements AutoCloseable {

    private final DataDirLock dataDirLock;
    private final KafkaNode kafka;
    private final ElasticsearchNode elasticsearch;
    private final Thread shutdownHook;

    private LocalStack(DataDirLock dataDirLock, KafkaNode kafka, ElasticsearchNode elasticsearch) {
        this.dataDirLock = dataDirLock;
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.shutdownHook = new Thread(this::stopAll, "local-stack-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts what the options ask for, both at once, and returns when all of it serves clients. */
    public static LocalStack start(LocalStackOptions options) {
        // Requested ports are checked before anything starts, so a taken port fails in a moment, not after a minute.
        if (options.startKafka() && options.kafkaPort() != 0) {
            Ports.requireFree(options.kafkaPort(), "Kafka");
        }
        if (options.startElasticsearch() && options.elasticsearchPort() != 0) {
            Ports.requireFree(options.elasticsearchPort(), "Elasticsearch");
        }
        JavaRuntime java = JavaRuntime.find();
        RuntimeArtifacts artifacts = RuntimeArtifacts.load();
        Path dataDir = options.dataDir();
        Path logs = dataDir.resolve("logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the local stack's directory " + dataDir, e);
        }
        DataDirLock lock = DataDirLock.acquire(dataDir);
        KafkaNode kafka = options.startKafka()
            ? new KafkaNode(java, artifacts.kafkaBroker(), dataDir.resolve("kafka"), logs,
                Ports.requestedOrFree(options.kafkaPort()), options.kafkaHeap(), options.kafkaSaslSsl())
            : null;
        ElasticsearchNode elasticsearch = options.startElasticsearch()
            ? new ElasticsearchNode(java, artifacts, dataDir.resolve("elasticsearch"), logs,
                Ports.requestedOrFree(options.elasticsearchPort()), options.elasticsearchHeap())
            : null;

        LocalStack stack = new LocalStack(lock, kafka, elasticsearch);
        try {
            stack.startAll();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    public String kafkaBootstrapServers() {
        return kafka().bootstrapServers();
    }

    public String elasticsearchUrl() {
        return elasticsearch().url();
    }

    public KafkaNode kafka() {
        if (kafka == null) {
            throw new IllegalStateException("This local stack was started without Kafka");
        }
        return kafka;
    }

    public ElasticsearchNode elasticsearch() {
        if (elasticsearch == null) {
            throw new IllegalStateException("This local stack was started without Elasticsearch");
        }
        return elasticsearch;
    }

    /** Stops both servers cleanly; their data stays in the data directory. */
    @Override
    public void close() {
        stopAll();
        dataDirLock.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // Called while the JVM shuts down: the hook is running or has run.
        }
    }

    /** Elasticsearch (the slower) starts in the background while Kafka starts here; both take CPU-bound seconds. */
    private void startAll() {
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        if (elasticsearch != null) {
            starts.add(CompletableFuture.runAsync(elasticsearch::start, inNewThread("elasticsearch-start")));
        }
        if (kafka != null) {
            starts.add(CompletableFuture.runAsync(kafka::start, Runnable::run));
        }
        awaitAll(starts);
    }

    private void stopAll() {
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        if (elasticsearch != null) {
            stops.add(CompletableFuture.runAsync(elasticsearch::stop, inNewThread("elasticsearch-stop")));
        }
        if (kafka != null) {
            stops.add(CompletableFuture.runAsync(kafka::stop, Runnable::run));
        }
        awaitAll(stops);
    }

    private static Executor inNewThread(String name) {
        return runnable -> new Thread(runnable, name).start();
    }

    /** Waits for every task, then rethrows the first failure as it was thrown. */
    private static void awaitAll(List<CompletableFuture<Void>> tasks) {
        RuntimeException failure = null;
        for (CompletableFuture<Void> task : tasks) {
            try {
                task.join();
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
