package io.newsflow.localstack.child;

import kafka.Kafka;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Entry point of the Kafka broker's JVM. Runs in the child process, so it must stay self-contained: the local
 * stack copies only this class into a small jar.
 * <ol>
 *   <li>Exits when its standard input closes: the parent holds the other end, so the broker never outlives it,
 *       even when the parent is killed with SIGKILL and cannot stop it. {@code System.exit} runs Kafka's own
 *       shutdown hook, which stops the broker cleanly.</li>
 *   <li>Formats the KRaft storage on first start only (when {@code log.dirs} has no {@code meta.properties}),
 *       in this JVM to save a second JVM start, adding the SCRAM credentials listed one per line in the second
 *       argument's file (Kafka's {@code --add-scram} values).</li>
 *   <li>Runs {@code kafka.Kafka} on the given {@code server.properties}.</li>
 * </ol>
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: KafkaBrokerMain <server.properties> <scram-credentials>");
        }
        exitWhenStandardInputCloses();
        String config = args[0];
        if (!isFormatted(config)) {
            List<String> format = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config));
            for (String credential : Files.readAllLines(Path.of(args[1]))) {
                if (!credential.isBlank()) {
                    format.add("--add-scram");
                    format.add(credential);
                }
            }
            int formatted = StorageTool.execute(format.toArray(String[]::new), System.out);
            if (formatted != 0) {
                System.exit(formatted);
            }
        }
        Kafka.main(new String[] { config });
    }

    /** A formatted log directory has a meta.properties naming its cluster id, which must not change. */
    private static boolean isFormatted(String config) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(config))) {
            properties.load(reader);
        }
        return Files.exists(Path.of(properties.getProperty("log.dirs")).resolve("meta.properties"));
    }

    private static void exitWhenStandardInputCloses() {
        Thread watchdog = new Thread(() -> {
            InputStream in = System.in;
            try {
                while (in.read() != -1) {
                    // Nothing is ever sent; the parent only ever closes the stream.
                }
            } catch (IOException e) {
                // A broken pipe means the same as end of stream: the parent is gone.
            }
            System.out.println("Standard input closed: the local stack that started this broker is gone; shutting down");
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
