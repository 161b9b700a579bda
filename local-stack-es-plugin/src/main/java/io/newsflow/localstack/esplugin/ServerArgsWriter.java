package io.newsflow.localstack.esplugin;

import org.elasticsearch.bootstrap.ServerArgs;
import org.elasticsearch.common.io.stream.OutputStreamStreamOutput;
import org.elasticsearch.common.settings.KeyStoreWrapper;
import org.elasticsearch.common.settings.SecureString;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The step Elasticsearch's launcher (server-cli, not published on Maven Central) performs before it spawns the
 * server: read {@code config/elasticsearch.yml} into the node environment, create or load the (empty,
 * password-less) keystore, and serialise the {@link ServerArgs} the server expects on its standard input.
 * <p>
 * Runs in a short-lived JVM on the node's own classpath so that the format always matches the server version.
 * Usage: {@code ServerArgsWriter <es home> <output file>}.
 */
public final class ServerArgsWriter {

    private ServerArgsWriter() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ServerArgsWriter <elasticsearch home> <output file>");
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]).toAbsolutePath();

        Settings input = Settings.builder().put("path.home", home.toString()).build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(input, Map.of(), home.resolve("config"), () -> "local");
        KeyStoreWrapper keystore = KeyStoreWrapper.bootstrap(environment.configDir(), () -> new SecureString(new char[0]));

        ServerArgs serverArgs = new ServerArgs(
            false, // not daemonized: the parent keeps the server's stdin open and watches its stderr
            true, // quiet: the node logs to its log file only
            null,
            keystore,
            environment.settings(),
            environment.configDir(),
            environment.logsDir()
        );
        try (OutputStream file = Files.newOutputStream(output); OutputStreamStreamOutput out = new OutputStreamStreamOutput(file)) {
            serverArgs.writeTo(out);
        }
    }
}
