package io.newsflow.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The operator command {@code ./newsflow dlq ...} as an operator runs it: the ops-cli jar in a JVM
 * of its own, its standard output returned as text.
 */
final class OpsCliProcess {

    private final Path jar;
    private final String bootstrapServers;

    OpsCliProcess(Path root, String bootstrapServers) {
        this.jar = root.resolve("ops-cli/target/ops-cli.jar");
        this.bootstrapServers = bootstrapServers;
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build ops-cli first");
        }
    }

    /** Runs {@code dlq <args>} and returns its output; fails unless it exits with 0. */
    String dlq(String... args) {
        List<String> command = new ArrayList<>(List.of(currentJava(), "-jar", jar.toString(), "dlq"));
        command.addAll(List.of(args));
        command.addAll(List.of("--bootstrap-servers", bootstrapServers));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue()
                        + ":\n" + out.join() + err.join());
            }
            return out.join();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One line of {@code dlq list}: a dead-letter topic's records, pending ones and pending ones by reason. */
    record TopicSummary(long records, long pending, Map<String, Long> pendingByReason) {
    }

    /** {@code dlq list}, read back: topic to summary. */
    Map<String, TopicSummary> list() {
        Map<String, TopicSummary> topics = new LinkedHashMap<>();
        for (String line : dlq("list").split("\n")) {
            String[] columns = line.strip().split("\\s+", 4);
            if (columns.length < 4 || !columns[0].endsWith("-dlt")) {
                continue;
            }
            Map<String, Long> byReason = new LinkedHashMap<>();
            if (!columns[3].equals("-")) {
                for (String pair : columns[3].split(",\\s*")) {
                    int equals = pair.lastIndexOf('=');
                    byReason.put(pair.substring(0, equals), Long.parseLong(pair.substring(equals + 1)));
                }
            }
            topics.put(columns[0], new TopicSummary(Long.parseLong(columns[1]), Long.parseLong(columns[2]), byReason));
        }
        return topics;
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentJava() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
