package io.newsflow.enrich.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The enrich service from its executable jar, in a JVM of its own, so a test can kill it with SIGKILL. */
final class ServiceProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target/enrich-service.jar");

    private final Process process;

    private ServiceProcess(Process process) {
        this.process = process;
    }

    static ServiceProcess start(String name, List<String> arguments) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the package phase first");
        }
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-jar", JAR.toString(),
                "--server.port=0", "--spring.main.web-application-type=none"));
        command.addAll(arguments);
        try {
            Path log = Path.of("target", name + ".log");
            return new ServiceProcess(new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, no transaction is committed or aborted by the dying process. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
