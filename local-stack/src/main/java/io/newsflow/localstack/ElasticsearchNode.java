package io.newsflow.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A single Elasticsearch node in a child JVM, started the way the distribution's launcher starts it: serialised
 * start-up arguments on standard input, a ready byte (0x18) on standard error, a shutdown byte (0x1B) on standard
 * input. The node keeps its data and HTTP port across restarts, so clients reconnect to the same URL.
 */
public final class ElasticsearchNode {

    private static final int READY_MARKER = 0x18;
    private static final int SHUTDOWN_MARKER = 0x1B;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration PREPARE_TIMEOUT = Duration.ofSeconds(60);

    private final JavaRuntime java;
    private final RuntimeArtifacts artifacts;
    private final ElasticsearchHome home;
    private final Path dataDir;
    private final Path logsDir;
    private final Path consoleLog;
    private final int httpPort;
    private final String heap;
    private Path bridgeJar;
    /** Prepared once: the settings do not change between restarts of this node. */
    private byte[] serverArgs;
    private ChildProcess process;

    ElasticsearchNode(JavaRuntime java, RuntimeArtifacts artifacts, Path directory, Path logsDir, int httpPort, String heap) {
        this.java = java;
        this.artifacts = artifacts;
        this.home = new ElasticsearchHome(directory.resolve("home"));
        this.dataDir = directory.resolve("data");
        this.logsDir = logsDir;
        this.consoleLog = logsDir.resolve("elasticsearch-console.log");
        this.httpPort = httpPort;
        this.heap = heap;
    }

    /** Starts the node and returns once it serves HTTP; does nothing if it is running. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        Ports.requireFree(httpPort, "Elasticsearch");
        if (serverArgs == null) {
            bridgeJar = home.install(artifacts);
            home.configure(httpPort, dataDir, logsDir);
            serverArgs = prepareServerArgs();
        }

        ProcessBuilder builder = new ProcessBuilder(serverCommand()).directory(home.root().toFile());
        builder.environment().put("LIBFFI_TMPDIR", home.tmp().toString());
        builder.environment().remove("CLASSPATH");
        ChildProcess started = ChildProcess.start("Elasticsearch", builder, ReadySignal.controlByte(READY_MARKER), consoleLog,
            List.of(consoleLog, logFile()));
        try {
            OutputStream stdin = started.standardInput();
            stdin.write(serverArgs);
            stdin.flush(); // and kept open: its end tells the node that the local stack is gone
        } catch (IOException e) {
            started.stop(Duration.ZERO, () -> { });
            throw new UncheckedIOException("Cannot pass the start-up arguments to Elasticsearch", e);
        }
        started.awaitReady(START_TIMEOUT);
        process = started;
    }

    /** Stops the node cleanly (the shutdown byte on its standard input); does nothing if it is not running. */
    public synchronized void stop() {
        if (process != null) {
            ChildProcess stopping = process;
            process = null;
            stopping.stop(STOP_GRACE, () -> requestShutdown(stopping));
        }
    }

    /** Stops and starts the node on the same port and data directory. */
    public synchronized void restart() {
        stop();
        start();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** {@code http://127.0.0.1:<port>}; stays the same across restarts. */
    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int port() {
        return httpPort;
    }

    /** The node's process id while it runs, for tests that kill it from outside. */
    public synchronized OptionalLong pid() {
        return isRunning() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    /** The node's own log; the JVM's standard output and error go to {@code elasticsearch-console.log} beside it. */
    public Path logFile() {
        return logsDir.resolve("elasticsearch.log");
    }

    private static void requestShutdown(ChildProcess node) {
        try {
            node.standardInput().write(SHUTDOWN_MARKER);
            node.standardInput().flush();
        } catch (IOException e) {
            node.terminate(); // its standard input is gone; SIGTERM stops it cleanly as well
        }
    }

    private byte[] prepareServerArgs() {
        Path output = home.root().resolve("server-args.bin");
        ProcessBuilder builder = new ProcessBuilder(home.serverArgsCommand(java, output))
            .directory(home.root().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()));
        builder.environment().remove("CLASSPATH");
        try {
            Files.createDirectories(logsDir);
            Process prepare = builder.start();
            if (!prepare.waitFor(PREPARE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                prepare.destroyForcibly();
                throw new IllegalStateException("Preparing the Elasticsearch start-up arguments took over " + PREPARE_TIMEOUT.toSeconds()
                    + " s; see " + consoleLog);
            }
            if (prepare.exitValue() != 0) {
                throw new IllegalStateException("Preparing the Elasticsearch start-up arguments failed with exit code "
                    + prepare.exitValue() + "; see " + consoleLog);
            }
            return Files.readAllBytes(output);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Elasticsearch start-up arguments", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing the Elasticsearch start-up arguments", e);
        }
    }

    /** The JVM options Elasticsearch's launcher passes, minus those for features the local node does not have. */
    private List<String> serverCommand() {
        Path root = home.root();
        return List.of(
            java.javaExecutable().toString(),
            "-Xms" + heap,
            "-Xmx" + heap,
            "-Xss1m",
            "-XX:+UseG1GC",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:-OmitStackTraceInFastThrow",
            "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8",
            "-Djava.locale.providers=CLDR",
            "-Djna.nosys=true",
            "-Des.networkaddress.cache.ttl=60",
            "-Des.networkaddress.cache.negative.ttl=10",
            "-Dio.netty.noUnsafe=true",
            "-Dio.netty.noKeySetOptimization=true",
            "-Dio.netty.recycler.maxCapacityPerThread=0",
            "-Dlog4j.shutdownHookEnabled=false",
            "-Dlog4j2.disable.jmx=true",
            "-Dlog4j2.formatMsgNoLookups=true",
            "-Des.path.home=" + root,
            "-Des.path.conf=" + home.config(),
            "-Des.distribution.type=tar",
            "-Djava.io.tmpdir=" + home.tmp(),
            // Entitlements (Elasticsearch's replacement for the security manager): the bridge is patched into
            // java.base, and the server attaches its agent to itself.
            "-XX:+EnableDynamicAgentLoading",
            "-Djdk.attach.allowAttachSelf=true",
            "--patch-module=java.base=" + bridgeJar,
            "--add-exports=java.base/org.elasticsearch.entitlement.bridge=org.elasticsearch.entitlement,java.logging,java.net.http,java.naming,jdk.net",
            "--enable-native-access=org.elasticsearch.nativeaccess,org.apache.lucene.core",
            "--enable-native-access=ALL-UNNAMED",
            "--module-path=" + home.lib(),
            "--add-modules=ALL-MODULE-PATH",
            "--add-modules=jdk.net",
            "--add-modules=jdk.management.agent",
            "--add-modules=jdk.incubator.vector",
            "-m", "org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch"
        );
    }
}
