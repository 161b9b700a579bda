package io.newsflow.localstack;

import io.newsflow.localstack.child.EntitlementAgent;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The directory layout an Elasticsearch node expects as its home, built from Maven Central jars the way the
 * distribution's archive lays them out:
 * <pre>
 * lib/                      server and its dependencies (the module path)
 * lib/entitlement-bridge/   patched into java.base
 * lib/entitlement-agent/    the agent the server attaches to itself (ours: see {@link EntitlementAgent})
 * lib/tools/ansi-console/   the console loader the server looks up by name (ours: in the plugin jar)
 * modules/transport-netty4/ HTTP and transport, with Netty
 * plugins/newsflow-local-stack/  english analysis and GET / (local-stack-es-plugin)
 * config/                   elasticsearch.yml, log4j2.properties, the keystore
 * tmp/
 * </pre>
 * Jars are copied only when missing or changed, so restarts and later runs on the same data directory are quick.
 */
final class ElasticsearchHome {

    static final String PLUGIN_NAME = "newsflow-local-stack";
    private static final String TRANSPORT_MODULE = "transport-netty4";
    private static final String BRIDGE_ARTIFACT = "elasticsearch-entitlement-bridge-";

    private final Path root;

    ElasticsearchHome(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path lib() {
        return root.resolve("lib");
    }

    Path config() {
        return root.resolve("config");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path pluginJar() {
        return root.resolve("plugins").resolve(PLUGIN_NAME).resolve("local-stack-es-plugin.jar");
    }

    /** Returns the entitlement bridge jar, which the server JVM patches into {@code java.base}. */
    Path install(RuntimeArtifacts artifacts) {
        try {
            List<Path> server = new ArrayList<>();
            List<Path> transport = new ArrayList<>();
            Path bridge = null;
            for (Path jar : artifacts.elasticsearchNode()) {
                String name = jar.getFileName().toString();
                if (name.startsWith(BRIDGE_ARTIFACT)) {
                    bridge = jar;
                } else if (belongsToTransportModule(name)) {
                    transport.add(jar);
                } else {
                    server.add(jar);
                }
            }
            if (bridge == null || transport.stream().noneMatch(jar -> jar.getFileName().toString().startsWith(TRANSPORT_MODULE + "-"))) {
                throw new IllegalStateException("The Elasticsearch node's jar list lacks the entitlement bridge or transport-netty4: "
                    + artifacts.elasticsearchNode());
            }

            sync(lib(), server);
            Path installedBridge = sync(lib().resolve("entitlement-bridge"), List.of(bridge)).get(0);
            HelperJar.write(lib().resolve("entitlement-agent").resolve("newsflow-entitlement-agent.jar"),
                // The entitlement checks are woven into JDK classes that are already loaded, hence retransformation.
                Map.of("Agent-Class", EntitlementAgent.class.getName(), "Can-Retransform-Classes", "true", "Can-Redefine-Classes", "true"),
                EntitlementAgent.class);

            Path transportDir = root.resolve("modules").resolve(TRANSPORT_MODULE);
            List<Path> installedTransport = sync(transportDir, transport);
            Path transportJar = installedTransport.stream()
                .filter(jar -> jar.getFileName().toString().startsWith(TRANSPORT_MODULE + "-"))
                .findFirst().orElseThrow();
            extractPluginFiles(transportJar, TRANSPORT_MODULE, transportDir);

            Path pluginJar = pluginJar();
            writePluginJar(artifacts.elasticsearchPlugin(), pluginJar);
            extractPluginFiles(pluginJar, PLUGIN_NAME, pluginJar.getParent());
            // The plugin jar also holds org.elasticsearch.io.ansi.AnsiConsoleLoader, which the server looks for here.
            sync(lib().resolve("tools").resolve("ansi-console"), List.of(pluginJar));

            Files.createDirectories(config());
            Files.createDirectories(tmp());
            return installedBridge;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lay out the Elasticsearch home " + root, e);
        }
    }

    /** transport-netty4 runs in its own module layer with Netty, which therefore must not be in lib/. */
    private static boolean belongsToTransportModule(String jarName) {
        return jarName.startsWith(TRANSPORT_MODULE + "-") || jarName.startsWith("netty-") || jarName.startsWith("elasticsearch-ssl-config-");
    }

    /**
     * Makes {@code directory} hold exactly copies of {@code jars} (other jars there are stale and removed), copying
     * only those that are missing or differ in size or time. Returns the copies.
     */
    private static List<Path> sync(Path directory, List<Path> jars) throws IOException {
        Files.createDirectories(directory);
        Set<Path> wanted = new HashSet<>();
        List<Path> copies = new ArrayList<>();
        for (Path jar : jars) {
            Path copy = directory.resolve(jar.getFileName());
            wanted.add(copy);
            copies.add(copy);
            if (!sameFile(jar, copy)) {
                Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        try (Stream<Path> present = Files.list(directory)) {
            for (Path file : present.filter(f -> f.toString().endsWith(".jar") && !wanted.contains(f)).toList()) {
                Files.delete(file);
            }
        }
        return copies;
    }

    private static boolean sameFile(Path source, Path copy) throws IOException {
        return Files.isRegularFile(copy)
            && Files.size(copy) == Files.size(source)
            && Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(source));
    }

    /** The plugin artifact is a jar, or in a reactor build that has not packaged it yet, a classes directory. */
    private static void writePluginJar(Path artifact, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (Files.isRegularFile(artifact)) {
            if (!sameFile(artifact, target)) {
                Files.copy(artifact, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            return;
        }
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(file);
             Stream<Path> files = Files.walk(artifact)) {
            for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                JarEntry entry = new JarEntry(artifact.relativize(path).toString().replace('\\', '/'));
                entry.setLastModifiedTime(FileTime.fromMillis(0));
                jar.putNextEntry(entry);
                Files.copy(path, jar);
                jar.closeEntry();
            }
        }
    }

    /** Elasticsearch reads a plugin's descriptor and entitlement policy from its directory, not from its jar. */
    private static void extractPluginFiles(Path pluginJar, String pluginName, Path pluginDir) throws IOException {
        try (FileSystem jar = FileSystems.newFileSystem(pluginJar)) {
            Path files = jar.getPath("META-INF", "es-plugins", pluginName);
            if (!Files.isDirectory(files)) {
                throw new IllegalStateException(pluginJar + " has no META-INF/es-plugins/" + pluginName + "/");
            }
            try (Stream<Path> entries = Files.list(files)) {
                for (Path entry : entries.toList()) {
                    Files.copy(entry, pluginDir.resolve(entry.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Writes the node's configuration; only the keystore (made by {@link #serverArgsCommand}) is kept across starts. */
    void configure(int httpPort, Path dataDir, Path logsDir) {
        String yaml = String.join(System.lineSeparator(),
            "# Written by the local stack on every start; edits are overwritten.",
            "cluster.name: newsflow-local",
            "node.name: local",
            "discovery.type: single-node",
            "network.host: 127.0.0.1",
            "http.port: " + httpPort,
            "transport.port: 0",
            "path.data: " + yamlString(dataDir),
            "path.logs: " + yamlString(logsDir),
            "# Small disks on developer machines and CI must not turn indices read-only.",
            "cluster.routing.allocation.disk.threshold_enabled: false",
            "# Tests delete their indices by pattern.",
            "action.destructive_requires_name: false",
            "");
        try {
            Files.createDirectories(config());
            Files.writeString(config().resolve("elasticsearch.yml"), yaml);
            Files.writeString(config().resolve("log4j2.properties"), LOG4J_CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Elasticsearch configuration in " + config(), e);
        }
    }

    /**
     * The command of the short JVM that reads {@code elasticsearch.yml}, creates the keystore and writes the
     * serialised start-up arguments the server expects on its standard input (see ServerArgsWriter in
     * local-stack-es-plugin).
     */
    List<String> serverArgsCommand(JavaRuntime java, Path output) {
        return List.of(
            java.javaExecutable().toString(),
            "-Xmx128m",
            "-XX:TieredStopAtLevel=1",
            "-cp", lib().resolve("*") + File.pathSeparator + pluginJar(),
            "io.newsflow.localstack.esplugin.ServerArgsWriter",
            root.toString(),
            output.toString()
        );
    }

    private static String yamlString(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** One log file, logs/elasticsearch.log, instead of the distribution's rolling JSON and deprecation logs. */
    private static final String LOG4J_CONFIG = """
        status = error
        appender.file.type = File
        appender.file.name = file
        appender.file.fileName = ${sys:es.logs.base_path}${sys:file.separator}elasticsearch.log
        appender.file.layout.type = PatternLayout
        appender.file.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n
        rootLogger.level = info
        rootLogger.appenderRef.file.ref = file
        """;
}
