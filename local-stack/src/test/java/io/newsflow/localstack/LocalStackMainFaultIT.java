package io.newsflow.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher as {@code ./newsflow up} runs it: a separate JVM with standard input from /dev/null. Its servers
 * must stop when it gets SIGTERM, and also when it is killed with SIGKILL and cannot stop them itself.
 */
class LocalStackMainFaultIT {

    @TempDir
    Path dataDir;

    @Test
    void serversDieWhenTheLauncherIsKilled() throws Exception {
        Path infoFile = dataDir.resolve("local-stack.properties");
        Process launcher = startLauncher(infoFile);
        Properties info = awaitInfoFile(launcher, infoFile);
        ProcessHandle kafka = process(info, "kafka.pid");
        ProcessHandle elasticsearch = process(info, "elasticsearch.pid");

        launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs

        awaitTrue(() -> !kafka.isAlive() && !elasticsearch.isAlive(), Duration.ofSeconds(60),
            "the broker and the node to notice that their parent is gone");
    }

    @Test
    void sigtermStopsTheServersAndRemovesTheInfoFile() throws Exception {
        Path infoFile = dataDir.resolve("local-stack.properties");
        Process launcher = startLauncher(infoFile, "--without-elasticsearch");
        ProcessHandle kafka = process(awaitInfoFile(launcher, infoFile), "kafka.pid");

        launcher.destroy(); // SIGTERM

        awaitTrue(() -> !launcher.isAlive() && !kafka.isAlive(), Duration.ofSeconds(60), "the launcher and the broker to stop");
        assertThat(infoFile).doesNotExist();
        assertThat(Files.readString(dataDir.resolve("logs").resolve("kafka.log"))).contains("shut down completed");
    }

    private Process startLauncher(Path infoFile, String... extraArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", Path.of(LocalStackMain.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString(),
            LocalStackMain.class.getName(),
            "--data-dir", dataDir.toString(),
            "--info-file", infoFile.toString()));
        command.addAll(List.of(extraArgs));
        return new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("launcher.out").toFile())
            .start();
    }

    private Properties awaitInfoFile(Process launcher, Path infoFile) throws IOException, InterruptedException {
        awaitTrue(() -> Files.exists(infoFile) || !launcher.isAlive(), Duration.ofMinutes(3), "the info file");
        assertThat(launcher.isAlive()).as("launcher alive; its output: %s", Files.readString(dataDir.resolve("launcher.out"))).isTrue();
        Properties info = new Properties();
        try (Reader reader = Files.newBufferedReader(infoFile)) {
            info.load(reader);
        }
        return info;
    }

    private static ProcessHandle process(Properties info, String key) {
        ProcessHandle process = ProcessHandle.of(Long.parseLong(info.getProperty(key))).orElseThrow();
        assertThat(process.isAlive()).isTrue();
        return process;
    }

    private static void awaitTrue(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
