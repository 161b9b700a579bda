package io.newsflow.localstack;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server running in a child JVM. Its standard output and error go to a log file through a pump thread that
 * also watches for the server's ready signal. Its standard input stays open as a pipe from this JVM: both servers
 * take the end of that stream as the sign that the parent is gone and shut down, which covers a parent killed
 * with SIGKILL.
 */
final class ChildProcess {

    private static final Duration FORCED_STOP_WAIT = Duration.ofSeconds(10);
    private static final Duration PUMP_DRAIN_WAIT = Duration.ofSeconds(5);

    private final String name;
    private final Process process;
    private final ReadySignal readySignal;
    private final Thread pump;
    private final List<Path> diagnosticLogs;

    private ChildProcess(String name, Process process, ReadySignal readySignal, Path outputLog, List<Path> diagnosticLogs) {
        this.name = name;
        this.process = process;
        this.readySignal = readySignal;
        this.diagnosticLogs = diagnosticLogs;
        this.pump = new Thread(() -> pumpOutput(outputLog), name + "-output");
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * @param outputLog where the child's standard output and error go (appended)
     * @param diagnosticLogs logs whose last lines explain a failed start-up (the output log and the server's own)
     */
    static ChildProcess start(String name, ProcessBuilder builder, ReadySignal readySignal, Path outputLog, List<Path> diagnosticLogs) {
        builder.redirectErrorStream(true);
        try {
            Files.createDirectories(outputLog.getParent());
            return new ChildProcess(name, builder.start(), readySignal, outputLog, diagnosticLogs);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + builder.command(), e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    OutputStream standardInput() {
        return process.getOutputStream();
    }

    /** Blocks until the ready signal, and fails with the logs' last lines if the process exits or time runs out. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!readySignal.seen()) {
            if (!process.isAlive()) {
                joinPump();
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " before it was ready."
                    + diagnostics());
            }
            if (System.nanoTime() > deadline) {
                stop(Duration.ZERO, () -> { });
                throw new IllegalStateException(name + " was not ready after " + timeout.toSeconds() + " s and was stopped."
                    + diagnostics());
            }
            sleep(Duration.ofMillis(50));
        }
    }

    /**
     * Asks the process to stop with {@code gracefulRequest}, waits up to {@code grace}, then sends SIGTERM and at last
     * SIGKILL. Returns once the process is gone and its output is in the log.
     */
    void stop(Duration grace, Runnable gracefulRequest) {
        if (process.isAlive()) {
            gracefulRequest.run();
            if (!waitFor(grace)) {
                terminate();
                if (!waitFor(FORCED_STOP_WAIT)) {
                    process.toHandle().destroyForcibly();
                    waitFor(FORCED_STOP_WAIT);
                }
            }
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // The pipe is already broken; nothing is left to close.
        }
        joinPump();
    }

    /**
     * SIGTERM: both servers stop cleanly on it through their shutdown hooks. Sent through the process handle
     * because {@link Process#destroy()} also closes the pipes, which would lose the shutdown's log lines.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private void pumpOutput(Path outputLog) {
        try (InputStream in = process.getInputStream();
             OutputStream log = new BufferedOutputStream(Files.newOutputStream(outputLog,
                 StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE))) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) != -1) {
                for (int i = 0; i < read; i++) {
                    if (readySignal.accept(buffer[i] & 0xFF)) {
                        log.write(buffer[i]);
                    }
                }
                log.flush();
            }
        } catch (IOException e) {
            // The process is gone or the log cannot be written; either way there is nothing more to pump.
        }
    }

    private void joinPump() {
        try {
            pump.join(PUMP_DRAIN_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String diagnostics() {
        StringBuilder text = new StringBuilder();
        for (Path log : diagnosticLogs) {
            text.append(System.lineSeparator()).append("--- last lines of ").append(log).append(System.lineSeparator());
            text.append(lastLines(log, 40));
        }
        return text.toString();
    }

    private static String lastLines(Path file, int count) {
        if (!Files.isRegularFile(file)) {
            return "(no such file)";
        }
        try {
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a child process", e);
        }
    }
}
