package io.newsflow.benchmark;

import io.newsflow.contract.KafkaTopics;
import io.newsflow.testsupport.MetricsScrape;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Samples, twice a second during one benchmark step, what each stage has put out (its own
 * Prometheus counter) and the backlog in front of it (its consumer group's lag on its input topic,
 * read_committed). From the samples each stage gets its rate over its OWN busy window (from its
 * first increase to the moment it reached its final count): at saturation the stages upstream of
 * the bottleneck finish early, so dividing by one end-to-end window would make every stage look as
 * slow as the slowest. The backlog is printed beside the rates: in a sustained overload the queue
 * builds in front of the slowest stage.
 */
final class StageSampler implements AutoCloseable {

    enum Stage {
        INGEST(KafkaTopics.INBOUND, "newsflow_ingest_articles_total", "accepted"),
        ENRICH(KafkaTopics.RAW, "newsflow_enrich_records_total", "enriched"),
        PUBLISH(KafkaTopics.ENRICHED, "newsflow_publish_items_total", "applied");

        final String inputTopic;
        final String metric;
        final String outcome;

        Stage(String inputTopic, String metric, String outcome) {
            this.inputTopic = inputTopic;
            this.metric = metric;
            this.outcome = outcome;
        }

        String label() {
            return name().toLowerCase();
        }
    }

    record Sample(Instant at, Map<Stage, Double> outputs, Map<Stage, Long> backlogs) {
    }

    /** One stage over one step: its output, its own busy window and the largest queue in front of it. */
    record StageResult(double output, double busySeconds, long peakBacklog) {

        double rate() {
            return busySeconds > 0 ? output / busySeconds : Double.NaN;
        }
    }

    private static final Duration INTERVAL = Duration.ofMillis(500);

    private final Map<Stage, URI> services;
    private final Admin admin;
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stage-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private Map<String, String> groupByTopic = Map.of();

    StageSampler(String bootstrapServers, Map<Stage, URI> services) {
        this.services = services;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Takes a first sample now, then one every half second until {@link #stop()}. */
    void start() {
        timer.scheduleAtFixedRate(this::sample, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops sampling after one last sample, and sums each stage up. */
    Map<Stage, StageResult> stop() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(30, TimeUnit.SECONDS);
        sample();
        synchronized (samples) {
            Map<Stage, StageResult> results = new HashMap<>();
            for (Stage stage : Stage.values()) {
                results.put(stage, summarise(stage, List.copyOf(samples)));
            }
            return results;
        }
    }

    private static StageResult summarise(Stage stage, List<Sample> all) {
        // A sample whose scrape failed (service busy) has no reading for that stage.
        List<Sample> samples = all.stream().filter(s -> !s.outputs().get(stage).isNaN()).toList();
        if (samples.isEmpty()) {
            return new StageResult(Double.NaN, 0, -1);
        }
        double first = samples.getFirst().outputs().get(stage);
        double last = samples.getLast().outputs().get(stage);
        // Busy from the last sample still at the starting count to the first sample at the final count.
        Instant from = samples.getFirst().at();
        Instant to = samples.getLast().at();
        for (Sample sample : samples) {
            double output = sample.outputs().get(stage);
            if (output == first) {
                from = sample.at();
            }
            if (output == last) {
                to = sample.at();
                break;
            }
        }
        long peak = all.stream().mapToLong(s -> s.backlogs().get(stage)).max().orElse(0);
        return new StageResult(last - first, Duration.between(from, to).toMillis() / 1000.0, peak);
    }

    private void sample() {
        Instant at = Instant.now();
        Map<Stage, Double> outputs = new HashMap<>();
        for (Stage stage : Stage.values()) {
            outputs.put(stage, output(stage));
        }
        Map<Stage, Long> backlogs = backlogs();
        synchronized (samples) {
            samples.add(new Sample(at, outputs, backlogs));
        }
    }

    /** What the stage has put out so far, by its own counter (what an operator's dashboard shows); NaN while it does not answer. */
    private double output(Stage stage) {
        try {
            return MetricsScrape.of(services.get(stage)).sum(stage.metric, "outcome", stage.outcome);
        } catch (IllegalStateException e) {
            return Double.NaN;
        }
    }

    /** Committed-offset lag of the group reading each stage's input topic (-1 when unknown). */
    private Map<Stage, Long> backlogs() {
        Map<Stage, Long> backlogs = new HashMap<>();
        try {
            if (groupByTopic.size() < Stage.values().length) {
                groupByTopic = findGroups();
            }
            for (Stage stage : Stage.values()) {
                String group = groupByTopic.get(stage.inputTopic);
                backlogs.put(stage, group == null ? -1 : lag(group, stage.inputTopic));
            }
        } catch (Exception e) {
            // The broker is busy or the group is rebalancing: this sample has no backlog reading.
            for (Stage stage : Stage.values()) {
                backlogs.putIfAbsent(stage, -1L);
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        return backlogs;
    }

    /** The service groups are found by what they read, so the benchmark does not repeat their group ids. */
    private Map<String, String> findGroups() throws Exception {
        Map<String, String> found = new HashMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
            admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS)
                    .keySet().forEach(partition -> found.putIfAbsent(partition.topic(), group.groupId()));
        }
        return found;
    }

    private long lag(String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS).entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(5, TimeUnit.SECONDS);
        return committed.entrySet().stream()
                .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset()))
                .sum();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
