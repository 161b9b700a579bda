package io.newsflow.opscli;

import io.newsflow.contract.KafkaTopics;

import org.apache.kafka.common.errors.AuthenticationException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Operator commands, run through {@code ./newsflow dlq ...}:
 * <pre>
 *   dlq list                       every dead-letter topic: records, pending (not replayed), reasons
 *   dlq show TOPIC [--limit N] [--all]   pending records with origin, reason, error and original value
 *   dlq replay TOPIC [--limit N]   send pending records back to the topic they failed on, once
 * </pre>
 * The broker comes from {@code --bootstrap-servers} or {@code NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS}; a secured
 * broker's client settings from a Kafka client properties file, {@code --command-config} or
 * {@code NEWSFLOW_KAFKA_CLIENT_CONFIG}.
 */
public final class OpsCli {

    static final List<String> DEAD_LETTER_TOPICS = List.of(
            KafkaTopics.deadLetter(KafkaTopics.INBOUND),
            KafkaTopics.deadLetter(KafkaTopics.RAW),
            KafkaTopics.deadLetter(KafkaTopics.ENRICHED));

    private static final String USAGE = """
            usage: dlq list
                   dlq show TOPIC [--limit N] [--all]
                   dlq replay TOPIC [--limit N]
            options: --bootstrap-servers HOST:PORT (default: $NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS or localhost:9092)
                     --command-config FILE  Kafka client properties: security.protocol, sasl.*, ssl.*
                                            (default: $NEWSFLOW_KAFKA_CLIENT_CONFIG)
            dead-letter topics: %s""".formatted(String.join(", ", DEAD_LETTER_TOPICS));

    private final PrintStream out;
    private final KafkaAccess kafka;

    OpsCli(PrintStream out, String bootstrapServers) {
        this(out, new KafkaAccess(bootstrapServers));
    }

    OpsCli(PrintStream out, KafkaAccess kafka) {
        this.out = out;
        this.kafka = kafka;
    }

    public static void main(String[] args) {
        try {
            List<String> words = new ArrayList<>(List.of(args));
            String bootstrap = option(words, "--bootstrap-servers",
                    System.getenv().getOrDefault("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092"));
            String clientConfig = option(words, "--command-config", System.getenv("NEWSFLOW_KAFKA_CLIENT_CONFIG"));
            KafkaAccess kafka = clientConfig == null || clientConfig.isBlank() ? new KafkaAccess(bootstrap)
                    : KafkaAccess.withClientConfig(bootstrap, Path.of(clientConfig));
            System.exit(new OpsCli(System.out, kafka).run(words));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (AuthenticationException e) {
            System.err.println("Kafka refused the connection: " + e.getMessage()
                    + " (check the credentials and truststore in --command-config / $NEWSFLOW_KAFKA_CLIENT_CONFIG)");
            System.exit(1);
        }
    }

    int run(List<String> args) {
        List<String> words = new ArrayList<>(args);
        int limit = Integer.parseInt(option(words, "--limit", "20"));
        boolean all = words.remove("--all");
        if (words.size() < 2 || !words.getFirst().equals("dlq")) {
            throw new IllegalArgumentException("unknown command: " + String.join(" ", args));
        }
        switch (words.get(1)) {
            case "list" -> list();
            case "show" -> show(topicArgument(words), limit, !all);
            case "replay" -> out.printf("replayed %d record(s) from %s%n",
                    new DeadLetterReplayer(kafka).replay(topicArgument(words), limit), topicArgument(words));
            default -> throw new IllegalArgumentException("unknown dlq command: " + words.get(1));
        }
        return 0;
    }

    private void list() {
        DeadLetterInspector inspector = new DeadLetterInspector(kafka);
        out.printf("%-22s %8s %8s  %s%n", "TOPIC", "RECORDS", "PENDING", "PENDING BY REASON");
        for (String topic : DEAD_LETTER_TOPICS) {
            DeadLetterInspector.Summary summary = inspector.summarise(topic);
            out.printf("%-22s %8d %8d  %s%n", topic, summary.total(), summary.pending(),
                    TerminalText.escape(reasons(summary.pendingByReason())));
        }
    }

    private void show(String topic, int limit, boolean pendingOnly) {
        List<DeadLetterRecord> records = new DeadLetterInspector(kafka).show(topic, limit, pendingOnly);
        out.printf("%d %s record(s) in %s%n", records.size(), pendingOnly ? "pending" : "", topic);
        for (DeadLetterRecord record : records) {
            out.printf("%n%s/%d@%d  %s  from %s%n", topic, record.record().partition(), record.record().offset(),
                    record.timestamp(), TerminalText.escape(record.origin()));
            out.printf("  reason: %s%n", TerminalText.escape(record.reason()));
            if (record.exceptionMessage() != null) {
                out.printf("  error:  %s%n", TerminalText.escape(record.exceptionMessage().lines().findFirst().orElse("")));
            }
            out.printf("  key:    %s%n", TerminalText.escape(record.key()));
            out.printf("  value:  %s%n", TerminalText.escape(abbreviate(record.value(), 2000)));
        }
    }

    private static String topicArgument(List<String> words) {
        if (words.size() < 3) {
            throw new IllegalArgumentException("name a dead-letter topic");
        }
        String topic = words.get(2);
        if (!DEAD_LETTER_TOPICS.contains(topic)) {
            throw new IllegalArgumentException("not a dead-letter topic: " + topic);
        }
        return topic;
    }

    private static String option(List<String> words, String name, String fallback) {
        int at = words.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= words.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = words.get(at + 1);
        words.subList(at, at + 2).clear();
        return value;
    }

    private static String reasons(Map<String, Long> byReason) {
        return byReason.isEmpty() ? "-" : byReason.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("-");
    }

    private static String abbreviate(String text, int max) {
        if (text == null) {
            return "(null: tombstone)";
        }
        return text.length() <= max ? text : text.substring(0, max) + " ... (" + text.length() + " chars)";
    }
}
