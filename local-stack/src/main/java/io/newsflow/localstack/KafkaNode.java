package io.newsflow.localstack;

import io.newsflow.localstack.child.KafkaBrokerMain;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A single-node KRaft Kafka broker (broker and controller in one process) in a child JVM. Its storage is formatted
 * on the first start and kept, so a restart on the same data directory and port finds its topics, offsets and
 * transactions again.
 */
public final class KafkaNode {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final String READY_LINE = "Kafka Server started";

    private final JavaRuntime java;
    private final List<Path> brokerJars;
    private final Path directory;
    private final Path logFile;
    private final Path consoleLog;
    private final String heap;
    private final int port;
    private final int controllerPort;
    private final KafkaSaslSsl saslSsl;
    private final int saslSslPort;
    private ChildProcess process;

    KafkaNode(JavaRuntime java, List<Path> brokerJars, Path directory, Path logsDir, int port, String heap, KafkaSaslSsl saslSsl) {
        this.java = java;
        this.brokerJars = brokerJars;
        this.directory = directory;
        this.logFile = logsDir.resolve("kafka.log");
        this.consoleLog = logsDir.resolve("kafka-console.log");
        this.heap = heap;
        this.port = port;
        this.controllerPort = Ports.pickFree();
        this.saslSsl = saslSsl;
        this.saslSslPort = saslSsl == null ? 0 : Ports.pickFree();
    }

    /** Starts the broker and returns once it serves clients; does nothing if it is running. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "Kafka's controller listener");
        if (saslSsl != null) {
            Ports.requireFree(saslSslPort, "Kafka's SASL_SSL listener");
        }
        Path serverProperties = write("server.properties", serverProperties());
        // Read by the broker's JVM when it formats the storage: credentials stay off its command line.
        Path scramCredentials = write("scram-credentials", scramCredentials());
        Path log4jConfig = write("log4j2.properties", log4jConfig());
        Path launcher = HelperJar.write(directory.resolve("lib").resolve("newsflow-kafka-launcher.jar"), Map.of(), KafkaBrokerMain.class);

        ProcessBuilder builder = new ProcessBuilder(
            java.javaExecutable().toString(),
            "-Xms128m",
            "-Xmx" + heap,
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20",
            "-XX:+ExitOnOutOfMemoryError",
            "-Djava.awt.headless=true",
            "-Dlog4j2.configurationFile=" + log4jConfig,
            // Otherwise log4j's own shutdown hook races Kafka's and the broker's shutdown goes unlogged.
            "-Dlog4j2.shutdownHookEnabled=false",
            KafkaBrokerMain.class.getName(),
            serverProperties.toString(),
            scramCredentials.toString()
        ).directory(directory.toFile());
        // Through the environment, so that process listings show a readable command line instead of ~90 jar paths.
        builder.environment().put("CLASSPATH", Stream.concat(Stream.of(launcher), brokerJars.stream())
            .map(Path::toString)
            .collect(Collectors.joining(File.pathSeparator)));

        ChildProcess started = ChildProcess.start("Kafka broker", builder, ReadySignal.lineContaining(READY_LINE), consoleLog,
            List.of(consoleLog, logFile));
        started.awaitReady(START_TIMEOUT);
        process = started;
    }

    /** Stops the broker cleanly (SIGTERM, which runs its controlled shutdown); does nothing if it is not running. */
    public synchronized void stop() {
        if (process != null) {
            ChildProcess stopping = process;
            process = null;
            stopping.stop(STOP_GRACE, stopping::terminate);
        }
    }

    /** Stops and starts the broker on the same port and data directory, as a broker restart in production would. */
    public synchronized void restart() {
        stop();
        start();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** {@code 127.0.0.1:<port>}; stays the same across restarts. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /**
     * {@code 127.0.0.1:<port>} of the SASL_SSL listener (SCRAM-SHA-512 over TLS); stays the same across restarts.
     *
     * @throws IllegalStateException if the broker was configured without one
     */
    public String saslSslBootstrapServers() {
        if (saslSsl == null) {
            throw new IllegalStateException("This broker has no SASL_SSL listener: see LocalStackOptions.Builder#kafkaSaslSsl");
        }
        return "127.0.0.1:" + saslSslPort;
    }

    /** The broker's process id while it runs, for tests that kill it from outside. */
    public synchronized OptionalLong pid() {
        return isRunning() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    /** The broker's log, across restarts; its JVM's own output goes to {@code kafka-console.log} beside it. */
    public Path logFile() {
        return logFile;
    }

    private String serverProperties() {
        List<String> lines = new ArrayList<>(List.of(
            "# Written by the local stack on every start; edits are overwritten.",
            "process.roles=broker,controller",
            "node.id=1",
            "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
            "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort
                + (saslSsl == null ? "" : ",SASL_SSL://127.0.0.1:" + saslSslPort),
            "advertised.listeners=PLAINTEXT://127.0.0.1:" + port + (saslSsl == null ? "" : ",SASL_SSL://127.0.0.1:" + saslSslPort),
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL",
            "log.dirs=" + directory.resolve("data"),
            "num.partitions=1",
            "default.replication.factor=1",
            "min.insync.replicas=1",
            "# One broker: the internal topics cannot have the default three replicas, or transactions and groups fail.",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=5",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "transaction.state.log.num.partitions=5",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "# Consumers join at once instead of waiting three seconds for others.",
            "group.initial.rebalance.delay.ms=0",
            "# Topics are created on purpose, by the services and tests, with their partitions and settings.",
            "auto.create.topics.enable=false"
        ));
        if (saslSsl != null) {
            String mechanism = KafkaSaslSsl.MECHANISM.toLowerCase(Locale.ROOT);
            lines.addAll(List.of(
                "# SASL_SSL: SCRAM users from the KRaft metadata (written at format time), TLS with the given keystore.",
                "sasl.enabled.mechanisms=" + KafkaSaslSsl.MECHANISM,
                "listener.name.sasl_ssl." + mechanism + ".sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "listener.name.sasl_ssl.ssl.keystore.type=PKCS12",
                "listener.name.sasl_ssl.ssl.keystore.location=" + saslSsl.keyStore().toString().replace("\\", "/"),
                "listener.name.sasl_ssl.ssl.keystore.password=" + saslSsl.keyStorePassword()
            ));
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /** One {@code --add-scram} value of Kafka's format tool per line. */
    private String scramCredentials() {
        if (saslSsl == null) {
            return "";
        }
        return saslSsl.scramUsers().entrySet().stream()
            .map(user -> KafkaSaslSsl.MECHANISM + "=[name=" + user.getKey() + ",password=" + user.getValue() + "]")
            .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator()));
    }

    private Path write(String fileName, String content) {
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the broker's " + fileName, e);
        }
    }

    /**
     * The broker logs to its own file, which stays complete even when the local stack is killed and the pipes
     * break. Only the start-up line goes to standard output too, where the local stack watches for it.
     */
    private String log4jConfig() {
        return """
            status = warn
            appender.file.type = File
            appender.file.name = file
            appender.file.fileName = %s
            appender.file.layout.type = PatternLayout
            appender.file.layout.pattern = [%%d] %%p %%m (%%c)%%n
            appender.console.type = Console
            appender.console.name = console
            appender.console.layout.type = PatternLayout
            appender.console.layout.pattern = [%%d] %%p %%m (%%c)%%n
            rootLogger.level = info
            rootLogger.appenderRef.file.ref = file
            logger.started.name = kafka.server.KafkaRaftServer
            logger.started.appenderRef.console.ref = console
            # The broker's own client connections and request logging say little in a local stack.
            logger.clients.name = org.apache.kafka.clients
            logger.clients.level = warn
            logger.request.name = kafka.request.logger
            logger.request.level = warn
            """.formatted(logFile.toString().replace("\\", "/"));
    }
}
