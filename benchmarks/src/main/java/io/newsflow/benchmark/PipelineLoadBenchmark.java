package io.newsflow.benchmark;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.InboundArticle;
import io.newsflow.localstack.LocalStack;
import io.newsflow.localstack.LocalStackOptions;
import io.newsflow.testsupport.ArticleFeeder;
import io.newsflow.testsupport.BbcCorpus;
import io.newsflow.testsupport.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline under load on this machine: the real broker and node (local stack) and the
 * three services as separate processes, fed BBC articles through news.inbound at several offered
 * rates up to saturation. For each rate it prints end-to-end throughput, freshness percentiles
 * (received to searchable), each stage's output rate, and CPU and resident memory per process;
 * then the anchors measured in the same run (raw Kafka producer, bare BulkIngester loop, bare
 * tagger) and each stage as a fraction of its anchor.
 *
 * <pre>./newsflow bench [--rates 5,10,20,40,max] [--seconds 40]</pre>
 */
public final class PipelineLoadBenchmark {

    private static final String MAX = "max";
    private static final int WARM_UP_ARTICLES = 200;
    /** The enrich service's default spring.kafka.listener.concurrency, which the tagger anchor matches. */
    private static final int ENRICH_THREADS = 2;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        List<String> rates = List.of(options.getOrDefault("rates", "5,10,20,40,max").split(","));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "40"));
        Path root = Path.of(System.getProperty("newsflow.root", ".")).toAbsolutePath().normalize();
        if (!BbcCorpus.available()) {
            System.err.println("The BBC corpus is not at " + BbcCorpus.location() + "; the benchmark needs it.");
            System.exit(2);
        }
        List<BbcCorpus.BbcArticle> corpus = BbcCorpus.read(Integer.MAX_VALUE);
        Path data = Files.createTempDirectory(Files.createDirectories(root.resolve("benchmarks/target")), "bench-");

        System.out.printf("Newsflow pipeline load benchmark: %d cores, %d MiB max heap here, %d BBC articles, %ds per rate%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, corpus.size(), seconds);
        try (LocalStack stack = LocalStack.start(LocalStackOptions.builder(data).build())) {
            Map<String, String> env = Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", stack.kafkaBootstrapServers(),
                    "SPRING_ELASTICSEARCH_URIS", stack.elasticsearchUrl());
            ServiceProcess ingest = new ServiceProcess("ingest-service", root.resolve("ingest-service/target/ingest-service.jar"), env, "512m");
            ServiceProcess enrich = new ServiceProcess("enrich-service", root.resolve("enrich-service/target/enrich-service.jar"), env, "1g");
            ServiceProcess publish = new ServiceProcess("publish-service", root.resolve("publish-service/target/publish-service.jar"), env, "512m");
            List<ServiceProcess> services = List.of(ingest, enrich, publish);
            services.forEach(ServiceProcess::start);
            try {
                services.forEach(s -> s.awaitReady(Duration.ofMinutes(4)));
                Map<String, Long> pids = new LinkedHashMap<>();
                pids.put("kafka", stack.kafka().pid().orElse(-1));
                pids.put("elasticsearch", stack.elasticsearch().pid().orElse(-1));
                services.forEach(s -> pids.put(s.name(), s.pid()));

                // Uncounted: the first articles meet cold JITs, empty connection pools and fresh transactions.
                int offset = WARM_UP_ARTICLES;
                StepResult warmUp = runStep(stack, ingest, enrich, publish, pids, "warm-up", corpus.subList(0, offset), 20);
                System.out.printf("%nWarm-up (not counted): %d articles, %d searchable%n", warmUp.fed(), warmUp.searchable());

                List<StepResult> steps = new ArrayList<>();
                for (String rate : rates) {
                    int count = rate.equals(MAX) ? Math.min(corpus.size(), 1500) : Integer.parseInt(rate) * seconds;
                    List<BbcCorpus.BbcArticle> slice = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        slice.add(corpus.get((offset + i) % corpus.size()));
                    }
                    offset += count;
                    StepResult step = runStep(stack, ingest, enrich, publish, pids, rate, slice,
                            rate.equals(MAX) ? 0 : Integer.parseInt(rate));
                    steps.add(step);
                    step.print();
                }

                StepResult saturated = steps.getLast();
                int recordSize = ArticleJson.write(article("anchor.example", "a", corpus.getFirst())).length;
                System.out.println();
                System.out.println("Anchors (same machine, same run):");
                KafkaProducerAnchor.Result producer = KafkaProducerAnchor.run(root.resolve("benchmarks/target/benchmarks.jar"),
                        stack.kafkaBootstrapServers(), recordSize, 20_000);
                System.out.printf("  raw Kafka producer (ProducerPerformance, %d B records, acks=all): %.0f records/s, %.1f MB/s, avg latency %.0f ms%n",
                        recordSize, producer.recordsPerSecond(), producer.megabytesPerSecond(), producer.avgLatencyMillis());
                double bulk = BulkIngesterAnchor.run(stack.elasticsearchUrl(), saturated.domain());
                System.out.printf("  bare BulkIngester loop (same documents, same mapping): %.0f docs/s%n", bulk);
                Double tagger = TaggerAnchor.run(root.resolve("enrich-evaluation/target/enrich-evaluation.jar"), BbcCorpus.location(),
                        ENRICH_THREADS);
                System.out.printf("  bare tagger loop (enrich-service's tagger, %d threads like the service): %s%n", ENRICH_THREADS,
                        tagger == null ? "not available in this enrich-service build" : "%.1f articles/s".formatted(tagger));

                System.out.println();
                double ingestRate = saturated.rateOf(StageSampler.Stage.INGEST);
                double enrichRate = saturated.rateOf(StageSampler.Stage.ENRICH);
                double publishRate = saturated.rateOf(StageSampler.Stage.PUBLISH);
                System.out.printf("At saturation (offered %s), each stage over its own busy window:%n", saturated.rate());
                System.out.printf("  ingest  %.1f/s = %.1f%% of the raw producer%n", ingestRate, 100 * ingestRate / producer.recordsPerSecond());
                System.out.printf("  enrich  %.1f/s%s%n", enrichRate,
                        tagger == null ? "" : " = %.1f%% of the bare tagger".formatted(100 * enrichRate / tagger));
                System.out.printf("  publish %.1f/s = %.1f%% of the bare BulkIngester%n", publishRate, 100 * publishRate / bulk);
                StageSampler.Stage limiting = saturated.limitingStage();
                System.out.printf("Limiting stage: %s (the first stage, in pipeline order, at the lowest rate; the stages after it cannot go faster)%n",
                        limiting.label());
            } finally {
                services.parallelStream().forEach(ServiceProcess::stop);
            }
        }
    }

    private static StepResult runStep(LocalStack stack, ServiceProcess ingest, ServiceProcess enrich, ServiceProcess publish,
                                      Map<String, Long> pids, String rate, List<BbcCorpus.BbcArticle> articles, int perSecond)
            throws InterruptedException {
        String domain = "bench-" + rate + "-" + System.currentTimeMillis() + ".bbc.example";
        FreshnessProbe probe = new FreshnessProbe(stack.elasticsearchUrl(), domain);
        Map<String, ProcessUsage> before = usage(pids);
        try (StageSampler sampler = new StageSampler(stack.kafkaBootstrapServers(), Map.of(
                StageSampler.Stage.INGEST, ingest.baseUri(),
                StageSampler.Stage.ENRICH, enrich.baseUri(),
                StageSampler.Stage.PUBLISH, publish.baseUri()))) {
            sampler.start();
            Instant start = Instant.now();
            try (ArticleFeeder feeder = new ArticleFeeder(stack.kafkaBootstrapServers(), ingest::baseUri)) {
                for (int i = 0; i < articles.size(); i++) {
                    feeder.viaTopic(article(domain, rate + "-" + i, articles.get(i)));
                    if (perSecond > 0) {
                        Duration ahead = Duration.between(Instant.now(), start.plusMillis(1000L * (i + 1) / perSecond));
                        while (!ahead.isNegative()) {
                            probe.poll();
                            ArticleFeeder.pause(ahead.compareTo(Duration.ofMillis(250)) < 0 ? ahead : Duration.ofMillis(250));
                            ahead = Duration.between(Instant.now(), start.plusMillis(1000L * (i + 1) / perSecond));
                        }
                    }
                }
            }
            Instant fed = Instant.now();
            Instant deadline = fed.plus(Duration.ofMinutes(5));
            while (probe.poll() < articles.size() && Instant.now().isBefore(deadline)) {
                ArticleFeeder.pause(Duration.ofMillis(250));
            }
            Map<StageSampler.Stage, StageSampler.StageResult> stages = sampler.stop();
            Map<String, ProcessUsage> after = usage(pids);
            double elapsed = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            Map<String, String> resources = new LinkedHashMap<>();
            after.forEach((name, reading) -> resources.put(name, "%.2f cores, %d MiB".formatted(
                    reading.coresSince(before.get(name), elapsed), reading.residentBytes() >> 20)));
            return new StepResult(rate, domain, articles.size(), probe.seen(),
                    Duration.between(start, fed).toMillis() / 1000.0,
                    Duration.between(start, probe.lastSeen()).toMillis() / 1000.0,
                    Percentiles.of(probe.freshnessMillis()), stages, resources);
        }
    }

    private static Map<String, ProcessUsage> usage(Map<String, Long> pids) {
        Map<String, ProcessUsage> usage = new LinkedHashMap<>();
        pids.forEach((name, pid) -> usage.put(name, ProcessUsage.read(pid)));
        return usage;
    }

    private static InboundArticle article(String domain, String path, BbcCorpus.BbcArticle bbc) {
        return ArticleFeeder.article(domain, "BBC benchmark", bbc.category() + "/" + path, bbc.title(), bbc.body());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("usage: [--rates 5,10,20,40,max] [--seconds 40]");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    record StepResult(String rate, String domain, int fed, int searchable, double feedSeconds, double busySeconds,
                      Percentiles freshness, Map<StageSampler.Stage, StageSampler.StageResult> stages,
                      Map<String, String> resources) {

        void print() {
            System.out.println();
            System.out.printf("Offered %s articles/s: fed %d in %.1fs, searchable %d; end-to-end %.1f articles/s%n",
                    rate, fed, feedSeconds, searchable, searchable / busySeconds);
            System.out.printf("  freshness (received -> searchable): p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    freshness.at(50), freshness.at(95), freshness.at(99), freshness.at(100));
            for (StageSampler.Stage stage : StageSampler.Stage.values()) {
                StageSampler.StageResult result = stages.get(stage);
                System.out.printf("  %-8s %.0f out in %.1fs of its own = %.1f/s; largest backlog in front of it %d%n",
                        stage.label(), result.output(), result.busySeconds(), result.rate(), result.peakBacklog());
            }
            resources.forEach((name, text) -> System.out.printf("  %-16s %s%n", name, text));
        }

        double rateOf(StageSampler.Stage stage) {
            return stages.get(stage).rate();
        }

        /**
         * The first stage, in pipeline order, within 5% of the lowest rate: a stage downstream of the
         * bottleneck can only show the bottleneck's rate, so the lowest rate alone would name either.
         * (The backlog does not decide it: when the whole load arrives at once, the largest queue
         * stands in front of the first stage, whatever its speed.)
         */
        StageSampler.Stage limitingStage() {
            double lowest = stages.values().stream().mapToDouble(StageSampler.StageResult::rate).min().orElse(Double.NaN);
            return Arrays.stream(StageSampler.Stage.values())
                    .filter(stage -> rateOf(stage) <= lowest * 1.05)
                    .findFirst().orElse(StageSampler.Stage.ENRICH);
        }
    }
}
