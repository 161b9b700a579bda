package io.newsflow.enrich.evaluation.benchmark;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Source;
import io.newsflow.enrich.EnrichApplication;
import io.newsflow.enrich.evaluation.BbcCorpus;
import io.newsflow.enrich.evaluation.EvalData;
import io.newsflow.enrich.tagging.ArticleTagger;
import io.newsflow.enrich.tagging.StandardArticleTagger;
import io.newsflow.enrich.tagging.TaggingSettings;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Enrichment throughput on BBC articles: the bare tagger (no Kafka, no JSON) and the whole service
 * (Kafka transactions, JSON, dead-letter checks, metrics) on the same articles in the same run,
 * with one and with two threads. The service's rate is measured from the moment its paused
 * listener is resumed over a backlog until a read_committed reader has every enriched article.
 * <pre>./mvnw -q -pl enrich-evaluation compile exec:exec@benchmark [-Dbenchmark.articles=600]</pre>
 * Kafka: TestServers (NEWSFLOW_TEST_KAFKA_BOOTSTRAP_SERVERS, else Testcontainers, else the local stack).
 */
public final class EnrichBenchmark {

    private EnrichBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path evalDir = EvalData.locate().orElse(null);
        if (evalDir == null) {
            System.out.println("SKIPPED: BBC articles not found at ../shared/eval (set -Dnewsflow.eval.dir)");
            return;
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        List<BbcCorpus.Article> articles = BareTaggerThroughput.sample(BbcCorpus.all(evalDir), count);
        double avgChars = articles.stream().mapToInt(a -> a.body().length()).average().orElse(0);
        System.out.printf("Enrichment benchmark: %d BBC articles (mean body %.0f chars), %d cores, Java %s%n",
                count, avgChars, Runtime.getRuntime().availableProcessors(), Runtime.version());

        long loadStart = System.nanoTime();
        ArticleTagger tagger = StandardArticleTagger.create(TaggingSettings.defaults());
        System.out.printf("Tagger loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
        BareTaggerThroughput.measure(tagger, articles.subList(0, Math.min(100, count)), 1);

        String bootstrap = TestServers.kafka().bootstrapServers();
        List<String> report = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            report.add(compare(tagger, bootstrap, articles, threads));
        }
        System.out.println();
        System.out.println("Results (target: service >= 85% of the bare tagger)");
        report.forEach(System.out::println);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("  heap used after runs: %d MB (max %d MB)%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        System.exit(0);
    }

    /**
     * One run's rate, the CPU time this JVM spent per article during it, and that of its child
     * processes (the local-stack broker, when the broker is one; 0 for an external broker).
     */
    record Run(double rate, double cpuMillisPerArticle, double childCpuMillisPerArticle) {

        static Run measure(int articles, Callable<?> work) throws Exception {
            long cpu = PROCESS.getProcessCpuTime();
            long childCpu = childCpuNanos();
            long start = System.nanoTime();
            work.call();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(articles / seconds, (PROCESS.getProcessCpuTime() - cpu) / 1e6 / articles,
                    (childCpuNanos() - childCpu) / 1e6 / articles);
        }

        private static long childCpuNanos() {
            return ProcessHandle.current().descendants()
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                    .sum();
        }

        static double meanRate(List<Run> runs) {
            return runs.stream().mapToDouble(Run::rate).average().orElse(0);
        }

        static double meanCpu(List<Run> runs) {
            return runs.stream().mapToDouble(Run::cpuMillisPerArticle).average().orElse(0);
        }

        static double meanChildCpu(List<Run> runs) {
            return runs.stream().mapToDouble(Run::childCpuMillisPerArticle).average().orElse(0);
        }
    }

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /**
     * Bare and service runs alternate (bare, service, bare, service, bare) so that load from other
     * processes on the machine, which drifts, weighs on both alike. Besides the rates, the CPU time this
     * JVM spent per article compares the two independently of that load, and the broker's CPU shows
     * what the service costs outside this JVM (on a 2-core machine it competes with the tagging threads).
     */
    static String compare(ArticleTagger tagger, String bootstrap, List<BbcCorpus.Article> articles, int threads) throws Exception {
        List<Run> bare = new ArrayList<>();
        List<Run> service = new ArrayList<>();
        BareTaggerThroughput.Result sample = null;
        try (ServiceUnderTest running = ServiceUnderTest.start(bootstrap, threads)) {
            // Warm-up, not counted: the JIT compiles the Kafka, Jackson and Spring paths the bare loop never runs.
            running.enrichBacklog(produce(bootstrap, running.run + "-warm-up", articles.subList(0, Math.min(100, articles.size()))));
            for (int round = 0; round < SERVICE_ROUNDS; round++) {
                BareTaggerThroughput.Result[] result = new BareTaggerThroughput.Result[1];
                bare.add(Run.measure(articles.size(), () -> result[0] = BareTaggerThroughput.measure(tagger, articles, threads)));
                sample = sample == null ? result[0] : sample;
                Set<String> ids = produce(bootstrap, running.run + "-" + round, articles);
                service.add(Run.measure(articles.size(), () -> running.enrichBacklog(ids)));
            }
            bare.add(Run.measure(articles.size(), () -> BareTaggerThroughput.measure(tagger, articles, threads)));
        }
        double bareRate = Run.meanRate(bare);
        double serviceRate = Run.meanRate(service);
        return String.format("  %d thread%s: bare tagger %6.1f articles/s (runs %s; per article p50 %.1f ms, p95 %.1f ms, p99 %.1f ms;"
                        + " CPU %.1f ms/article)%n             service     %6.1f articles/s (runs %s; CPU %.1f ms/article in this JVM"
                        + " + %.1f ms/article in the local-stack broker)"
                        + "%n             service/bare: throughput %5.1f%%, CPU efficiency in this JVM %5.1f%%",
                threads, threads == 1 ? " " : "s", bareRate, rates(bare), sample.percentile(50), sample.percentile(95),
                sample.percentile(99), Run.meanCpu(bare), serviceRate, rates(service), Run.meanCpu(service),
                Run.meanChildCpu(service), 100 * serviceRate / bareRate, 100 * Run.meanCpu(bare) / Run.meanCpu(service));
    }

    private static final int SERVICE_ROUNDS = 2;

    private static String rates(List<Run> runs) {
        return String.join(", ", runs.stream().map(r -> String.format("%.1f", r.rate())).toList());
    }

    /** The service application in this JVM, its listener paused between backlogs. */
    static final class ServiceUnderTest implements AutoCloseable {

        private final ConfigurableApplicationContext context;
        private final MessageListenerContainer container;
        private final KafkaConsumer<String, byte[]> reader;
        final String run;

        private ServiceUnderTest(ConfigurableApplicationContext context, KafkaConsumer<String, byte[]> reader, String run) {
            this.context = context;
            this.container = context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(EnrichApplication.LISTENER_ID);
            this.reader = reader;
            this.run = run;
        }

        private static void createRawTopic(String bootstrap) throws InterruptedException {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                admin.createTopics(List.of(new NewTopic(KafkaTopics.RAW, 3, (short) 1))).all().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException(e);
                }
            }
        }

        static ServiceUnderTest start(String bootstrap, int threads) throws Exception {
            String run = "bench-" + UUID.randomUUID().toString().substring(0, 8);
            createRawTopic(bootstrap);
            startGroupAtEnd(bootstrap, run);
            // Command-line arguments: they outrank application.yml (builder properties would not).
            ConfigurableApplicationContext context = new SpringApplicationBuilder(EnrichApplication.class).run(
                    "--spring.kafka.bootstrap-servers=" + bootstrap,
                    "--spring.kafka.consumer.group-id=" + run,
                    "--spring.kafka.listener.concurrency=" + threads,
                    // A paused consumer notices resume() only when its poll returns: keep that wait short.
                    "--spring.kafka.listener.poll-timeout=50ms",
                    "--newsflow.enrich.instance-id=" + run,
                    "--server.port=0",
                    "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN");
            ServiceUnderTest service = new ServiceUnderTest(context, committedReader(bootstrap), run);
            waitFor(() -> service.container.getAssignedPartitions() != null && !service.container.getAssignedPartitions().isEmpty());
            service.container.pause();
            waitFor(service.container::isPauseRequested);
            return service;
        }

        /** Resumes the listener over the backlog and returns when a read_committed reader has every id. */
        Void enrichBacklog(Set<String> ids) {
            long start = System.nanoTime();
            container.resume();
            Set<String> seen = new HashSet<>();
            while (!seen.containsAll(ids)) {
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    if (ids.contains(record.key())) {
                        seen.add(record.key());
                    }
                }
                if ((System.nanoTime() - start) / 1e9 > 600) {
                    throw new IllegalStateException("service enriched only " + seen.size() + " of " + ids.size() + " in 10 min");
                }
            }
            container.pause();
            return null;
        }

        @Override
        public void close() {
            reader.close();
            context.close();
        }
    }

    private static Set<String> produce(String bootstrap, String run, List<BbcCorpus.Article> articles) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", bootstrap, "linger.ms", 20, "acks", "all",
                "key.serializer", StringSerializer.class, "value.serializer", ByteArraySerializer.class))) {
            List<Future<?>> sends = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < articles.size(); i++) {
                BbcCorpus.Article a = articles.get(i);
                String id = run + "-" + i;
                ids.add(id);
                RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, id, 1, null, null, new Source("BBC News", "bbc.co.uk"),
                        a.title(), null, a.body(), List.of(), "en", null, null, Instant.now(), null, null, null);
                sends.add(producer.send(new ProducerRecord<>(KafkaTopics.RAW, id, ArticleJson.write(raw))));
            }
            for (Future<?> send : sends) {
                send.get();
            }
            return ids;
        }
    }

    private static KafkaConsumer<String, byte[]> committedReader(String bootstrap) {
        KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap, "group.id", "bench-reader-" + UUID.randomUUID(),
                "auto.offset.reset", "latest", "isolation.level", "read_committed",
                "key.deserializer", StringDeserializer.class, "value.deserializer", ByteArrayDeserializer.class));
        reader.subscribe(List.of(KafkaTopics.ENRICHED));
        waitFor(() -> {
            reader.poll(Duration.ofMillis(100));
            return !reader.assignment().isEmpty();
        });
        return reader;
    }

    /** A new consumer group that starts at the current end of news.raw, so earlier records are not counted. */
    private static void startGroupAtEnd(String bootstrap, String group) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            Set<TopicPartition> partitions = admin.describeTopics(List.of(KafkaTopics.RAW)).allTopicNames().get()
                    .get(KafkaTopics.RAW).partitions().stream()
                    .map(p -> new TopicPartition(KafkaTopics.RAW, p.partition())).collect(Collectors.toSet());
            Map<TopicPartition, OffsetAndMetadata> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get()
                    .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
            admin.alterConsumerGroupOffsets(group, ends).all().get();
        }
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
