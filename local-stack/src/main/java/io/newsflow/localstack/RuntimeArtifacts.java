package io.newsflow.localstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where the jars of the child processes are. The build resolves them from Maven Central into the local Maven
 * repository and writes their paths into resource files of this module (see its pom); this class reads them back
 * and checks that they are still there.
 *
 * @param kafkaBroker the broker's classpath: kafka_2.13, its dependencies and an SLF4J 2 binding to log4j 2
 * @param elasticsearchPlugin the local-stack-es-plugin artifact: a jar, or its classes directory in a reactor build
 *                            that has not packaged it
 * @param elasticsearchNode the node's jars: server, transport-netty4, entitlement bridge and their dependencies
 */
record RuntimeArtifacts(List<Path> kafkaBroker, Path elasticsearchPlugin, List<Path> elasticsearchNode) {

    private static final String KAFKA_BROKER_LIST = "kafka-broker.classpath";
    private static final String PLUGIN_LIST = "elasticsearch-plugin.classpath";
    /** Written by local-stack-es-plugin's build into its own artifact. */
    private static final String NODE_LIST = "META-INF/newsflow-local-stack/elasticsearch-node.classpath";

    static RuntimeArtifacts load() {
        List<Path> kafkaBroker = existing(paths(resource(KAFKA_BROKER_LIST)), KAFKA_BROKER_LIST);
        List<Path> plugin = existing(paths(resource(PLUGIN_LIST)), PLUGIN_LIST);
        if (plugin.size() != 1) {
            throw new IllegalStateException(PLUGIN_LIST + " should name exactly one artifact, but names " + plugin);
        }
        List<Path> node = existing(paths(readFromArtifact(plugin.get(0), NODE_LIST)), NODE_LIST);
        return new RuntimeArtifacts(kafkaBroker, plugin.get(0), node);
    }

    private static String resource(String name) {
        try (InputStream in = RuntimeArtifacts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + name + " is missing from the local-stack artifact: it is written by "
                    + "the module's build (generate-resources); rebuild with ./mvnw -pl local-stack -am install");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String readFromArtifact(Path artifact, String entry) {
        try {
            if (Files.isDirectory(artifact)) {
                return Files.readString(artifact.resolve(entry));
            }
            try (FileSystem jar = FileSystems.newFileSystem(artifact)) {
                return Files.readString(jar.getPath(entry));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry + " from " + artifact, e);
        }
    }

    private static List<Path> paths(String classpath) {
        return Arrays.stream(classpath.strip().split(File.pathSeparator))
            .filter(entry -> !entry.isBlank())
            .map(Path::of)
            .toList();
    }

    private static List<Path> existing(List<Path> paths, String listName) {
        List<Path> missing = paths.stream().filter(path -> !Files.exists(path)).toList();
        if (paths.isEmpty() || !missing.isEmpty()) {
            throw new IllegalStateException("The local stack's " + listName + " names files that are gone: " + missing
                + ". The list was written when local-stack was built; rebuild with ./mvnw -pl local-stack -am install");
        }
        return paths;
    }
}
