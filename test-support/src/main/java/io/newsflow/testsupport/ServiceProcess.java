package io.newsflow.testsupport;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running from its built executable jar in a JVM of its own, as an operator runs it.
 * Its output goes to a log file under {@code target/service-logs}, which a failing test names.
 * Used by the system tests and the load benchmark.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final String heap;
    private final int port;
    private final Path log;
    private Process process;

    public ServiceProcess(String name, Path jar, Map<String, String> environment) {
        this(name, jar, environment, "768m");
    }

    public ServiceProcess(String name, Path jar, Map<String, String> environment, String heap) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw -DskipTests package)");
        }
        this.name = name;
        this.jar = jar;
        this.environment = environment;
        this.heap = heap;
        this.port = freePort();
        this.log = Path.of("target", "service-logs", name + ".log").toAbsolutePath();
    }

    public String name() {
        return name;
    }

    /** Process id while running, for CPU and memory readings. */
    public long pid() {
        return process.pid();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path log() {
        return log;
    }

    public void start() {
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(currentJava(), "-Xmx" + heap, "-jar", jar.toString(),
                    "--server.port=" + port));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Waits until the service's readiness probe answers UP, failing fast if the process died. */
    public void awaitReady(Duration timeout) {
        HttpRequest probe = HttpRequest.newBuilder(baseUri().resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            Awaitility.await(name + " ready").atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see " + log);
                        }
                        return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log, e);
        }
    }

    /** Graceful stop (SIGTERM), as an orchestrator would. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sudden death (SIGKILL): no shutdown hook, no flush, no offset commit. */
    public void kill() {
        if (process != null && process.isAlive()) {
            try {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String currentJava() {
        // The test JVM runs on the JDK 21+ the build selected; the services get the same one.
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
