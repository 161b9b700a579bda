package io.newsflow.localstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A JDK to run the child processes with. Elasticsearch 9 needs Java 21 or newer, and the machine's default
 * {@code java} may be older, so the local stack looks for one itself: the JVM it runs in, then
 * {@code JAVA_HOME}, then the JDKs installed under {@code /usr/lib/jvm}, newest first.
 */
record JavaRuntime(Path home, int featureVersion) {

    static final int MINIMUM_FEATURE_VERSION = 21;
    private static final Path SYSTEM_JVM_DIR = Path.of("/usr/lib/jvm");

    Path javaExecutable() {
        return home.resolve("bin").resolve("java");
    }

    static JavaRuntime find() {
        List<String> rejected = new ArrayList<>();

        JavaRuntime current = new JavaRuntime(Path.of(System.getProperty("java.home")), Runtime.version().feature());
        if (current.isUsable()) {
            return current;
        }
        rejected.add("the current JVM is Java " + current.featureVersion() + " (" + current.home() + ")");

        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            Optional<JavaRuntime> fromEnvironment = inspect(Path.of(javaHome));
            if (fromEnvironment.isPresent() && fromEnvironment.get().isUsable()) {
                return fromEnvironment.get();
            }
            rejected.add("JAVA_HOME=" + javaHome + fromEnvironment.map(r -> " is Java " + r.featureVersion()).orElse(" is not a JDK"));
        } else {
            rejected.add("JAVA_HOME is not set");
        }

        Optional<JavaRuntime> installed = newestUnder(SYSTEM_JVM_DIR);
        if (installed.isPresent()) {
            return installed.get();
        }
        rejected.add("no JDK " + MINIMUM_FEATURE_VERSION + "+ under " + SYSTEM_JVM_DIR);

        throw new IllegalStateException("The local stack needs a JDK " + MINIMUM_FEATURE_VERSION
            + " or newer to run Kafka and Elasticsearch, and found none: " + String.join("; ", rejected)
            + ". Install one (e.g. a Temurin 21 or 25 package) or point JAVA_HOME at it.");
    }

    private boolean isUsable() {
        return featureVersion >= MINIMUM_FEATURE_VERSION && Files.isExecutable(javaExecutable());
    }

    private static Optional<JavaRuntime> newestUnder(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> candidates = Files.list(directory)) {
            return candidates.map(JavaRuntime::inspect)
                .flatMap(Optional::stream)
                .filter(JavaRuntime::isUsable)
                .max(Comparator.comparingInt(JavaRuntime::featureVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads the {@code release} file every JDK has at its root, e.g. {@code JAVA_VERSION="25.0.1"}. */
    private static Optional<JavaRuntime> inspect(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(release)) {
            Properties properties = new Properties();
            properties.load(reader);
            String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
            return parseFeatureVersion(version).map(feature -> new JavaRuntime(home, feature));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** "25.0.1" is 25, "21" is 21, and the old scheme "1.8.0_392" is 8. */
    static Optional<Integer> parseFeatureVersion(String version) {
        String[] parts = version.split("[._+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return Optional.of(first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
