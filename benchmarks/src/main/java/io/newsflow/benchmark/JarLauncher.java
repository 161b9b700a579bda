package io.newsflow.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class from inside a Spring Boot executable jar in a JVM of its own (Boot's
 * PropertiesLauncher reads the jar's nested libraries), and returns what it printed. Anchors run
 * this way so that they get the same JDK and the same library versions as what they are compared with.
 */
final class JarLauncher {

    private JarLauncher() {
    }

    static List<String> run(Path jar, String mainClass, String heap, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx" + heap,
                "-Dloader.main=" + mainClass, "-cp", jar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher"));
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            }
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(mainClass + " failed:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + mainClass + " from " + jar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
