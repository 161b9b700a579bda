package io.newsflow.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local stack until SIGTERM or SIGINT, for {@code ./newsflow up} and for running the services by hand:
 * <pre>
 * java -jar local-stack/target/local-stack.jar --data-dir DIR [--info-file FILE]
 *      [--kafka-port 9092] [--elasticsearch-port 9200] [--elasticsearch-heap 512m]
 *      [--without-kafka | --without-elasticsearch]
 * </pre>
 * Once both servers are ready it writes the info file (Java properties: {@code kafka.bootstrap.servers},
 * {@code elasticsearch.url}, and the servers' process ids) and prints the same lines. The info file is removed
 * when the stack stops, so its presence means the stack is up. Standard input is not read: a shell script may
 * start this in the background with input from /dev/null.
 */
public final class LocalStackMain {

    private static final String USAGE = """
        Usage: java -jar local-stack.jar --data-dir DIR [--info-file FILE]
                    [--kafka-port PORT] [--elasticsearch-port PORT] [--elasticsearch-heap SIZE]
                    [--without-kafka | --without-elasticsearch]
          --data-dir DIR            data, configuration and logs (DIR/logs) of both servers
          --info-file FILE          written once both servers are ready, removed when they stop
          --kafka-port PORT         the broker's port on 127.0.0.1 (default 0: a free port)
          --elasticsearch-port PORT the node's HTTP port on 127.0.0.1 (default 0: a free port)
          --elasticsearch-heap SIZE the node's heap (default 512m)
        Stops both servers on SIGTERM or SIGINT.""";

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Arguments arguments;
        try {
            arguments = Arguments.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }

        LocalStack stack;
        try {
            stack = LocalStack.start(arguments.options());
        } catch (RuntimeException e) {
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
            return;
        }

        Map<String, String> info = info(stack, arguments.options());
        if (arguments.infoFile() != null) {
            writeInfoFile(arguments.infoFile(), info);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(arguments.infoFile()), "local-stack-info-file"));
        }
        PrintStream out = System.out;
        info.forEach((key, value) -> out.println(key + "=" + value));
        out.println("Local stack is up; logs in " + arguments.options().dataDir().resolve("logs") + ". Stop it with SIGTERM or Ctrl+C.");
        out.flush();

        // The stack's own shutdown hook stops both servers when a signal ends this JVM.
        new CountDownLatch(1).await();
    }

    private static Map<String, String> info(LocalStack stack, LocalStackOptions options) {
        Map<String, String> info = new LinkedHashMap<>();
        if (options.startKafka()) {
            info.put("kafka.bootstrap.servers", stack.kafkaBootstrapServers());
            stack.kafka().pid().ifPresent(pid -> info.put("kafka.pid", Long.toString(pid)));
        }
        if (options.startElasticsearch()) {
            info.put("elasticsearch.url", stack.elasticsearchUrl());
            stack.elasticsearch().pid().ifPresent(pid -> info.put("elasticsearch.pid", Long.toString(pid)));
        }
        return info;
    }

    /** Written beside its final name and moved into place, so a reader never sees half a file. */
    private static void writeInfoFile(Path file, Map<String, String> info) {
        StringBuilder content = new StringBuilder("# Newsflow local stack: written when both servers were ready\n");
        info.forEach((key, value) -> content.append(key).append('=').append(value).append('\n'));
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
            Files.writeString(temporary, content);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("Cannot write the info file " + file + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Shutting down; a stale file is all that is left behind.
        }
    }

    record Arguments(LocalStackOptions options, Path infoFile) {

        static Arguments parse(List<String> args) {
            Path dataDir = null;
            Path infoFile = null;
            int kafkaPort = 0;
            int elasticsearchPort = 0;
            String heap = LocalStackOptions.DEFAULT_ELASTICSEARCH_HEAP;
            boolean kafka = true;
            boolean elasticsearch = true;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
                    case "--info-file" -> infoFile = Path.of(value(args, ++i, arg));
                    case "--kafka-port" -> kafkaPort = port(value(args, ++i, arg), arg);
                    case "--elasticsearch-port" -> elasticsearchPort = port(value(args, ++i, arg), arg);
                    case "--elasticsearch-heap" -> heap = value(args, ++i, arg);
                    case "--without-kafka" -> kafka = false;
                    case "--without-elasticsearch" -> elasticsearch = false;
                    default -> throw new IllegalArgumentException("Unknown argument: " + arg);
                }
            }
            if (dataDir == null) {
                throw new IllegalArgumentException("--data-dir is required");
            }
            LocalStackOptions options = LocalStackOptions.builder(dataDir)
                .kafkaPort(kafkaPort)
                .elasticsearchPort(elasticsearchPort)
                .elasticsearchHeap(heap)
                .startKafka(kafka)
                .startElasticsearch(elasticsearch)
                .build();
            return new Arguments(options, infoFile);
        }

        private static String value(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(index);
        }

        private static int port(String value, String option) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a port number, not " + value);
            }
        }
    }
}
