package io.newsflow.benchmark;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw Kafka producer on this machine and broker: Kafka's own ProducerPerformance tool, with
 * records the size of an average article and the durability settings the services use (acks=all,
 * idempotence). Nothing in the pipeline can write articles faster than this.
 */
final class KafkaProducerAnchor {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency");

    record Result(double recordsPerSecond, double megabytesPerSecond, double avgLatencyMillis) {
    }

    private KafkaProducerAnchor() {
    }

    static Result run(Path benchmarkJar, String bootstrapServers, int recordSize, int records) throws Exception {
        String topic = "bench-producer-anchor";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            }
        }
        List<String> output = JarLauncher.run(benchmarkJar, "org.apache.kafka.tools.ProducerPerformance", "512m", List.of(
                "--topic", topic, "--num-records", Integer.toString(records), "--record-size", Integer.toString(recordSize),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all",
                "enable.idempotence=true", "linger.ms=5"));
        for (String line : output.reversed()) {
            Matcher m = SUMMARY.matcher(line);
            if (m.find()) {
                return new Result(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)));
            }
        }
        throw new IllegalStateException("ProducerPerformance printed no summary: " + output);
    }
}
