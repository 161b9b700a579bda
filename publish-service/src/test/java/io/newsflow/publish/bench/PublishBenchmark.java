package io.newsflow.publish.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch._types.VersionType;
import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.publish.PublishApplication;
import io.newsflow.publish.bulk.BulkSettings;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.document.ArticleDocument;
import io.newsflow.publish.document.ArticleDocumentMapper;
import io.newsflow.publish.index.IndexTemplate;
import io.newsflow.publish.kafka.EnrichedArticleListener;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Prints the publish service's indexing throughput next to a bare BulkIngester loop writing the
 * same documents to the same node, in the same run, alternating the two over several rounds.
 * <pre>./mvnw -q -pl publish-service test-compile exec:exec@benchmark [-Dbench.documents=10000 -Dbench.rounds=4]</pre>
 * Servers come from TestServers (environment variables, else containers, else the local stack).
 */
public final class PublishBenchmark {

    private PublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = Integer.getInteger("bench.documents", 10_000);
        int rounds = Integer.getInteger("bench.rounds", 4);
        Path bbc = BenchmarkCorpus.locate().orElse(null);
        if (bbc == null) {
            System.out.println("Benchmark skipped: ../shared/eval/bbc is absent (run from the repository root or the module).");
            return;
        }
        List<EnrichedArticle> articles = BenchmarkCorpus.load(bbc, documents);
        String kafka = TestServers.kafka().bootstrapServers();
        String elasticsearch = TestServers.elasticsearch().url();
        long offered = produce(kafka, articles);

        List<double[]> results = new ArrayList<>();
        BulkSettings settings;
        // A context of the service that never consumes: its client and settings serve the bare loop.
        try (ConfigurableApplicationContext tools = service(kafka, elasticsearch, "bench-tools")) {
            settings = tools.getBean(PublishProperties.class).bulkSettings();
            ElasticsearchClient client = tools.getBean(ElasticsearchClient.class);
            // Warm-up, not counted: the node's and this JVM's JIT, caches and first index creation
            // would otherwise all be charged to whichever run comes first.
            System.out.println("warm-up:");
            serviceRun(kafka, elasticsearch, offered);
            bareRun(client, articles, settings);
            for (int round = 1; round <= rounds; round++) {
                // Alternate the order, so that a machine getting busier or quieter favours neither.
                double service;
                double bare;
                if (round % 2 == 1) {
                    service = serviceRun(kafka, elasticsearch, offered);
                    bare = bareRun(client, articles, settings);
                } else {
                    bare = bareRun(client, articles, settings);
                    service = serviceRun(kafka, elasticsearch, offered);
                }
                results.add(new double[]{service, bare});
                System.out.printf("round %d: service %,.0f docs/s, bare BulkIngester %,.0f docs/s (%.0f%%)%n",
                        round, service, bare, 100 * service / bare);
            }
        }
        double serviceMedian = median(results.stream().mapToDouble(r -> r[0]).toArray());
        double bareMedian = median(results.stream().mapToDouble(r -> r[1]).toArray());
        // Each round's two runs share the machine's momentary load, so their ratio is steadier than either rate.
        double ratioMedian = median(results.stream().mapToDouble(r -> r[0] / r[1]).toArray());
        System.out.printf("%nPublish benchmark: %,d BBC-based documents (%,d bytes of JSON), %d rounds, bulk %d ops / %d bytes / %d ms, %d concurrent requests%n",
                documents, articles.stream().mapToLong(a -> ArticleJson.write(a).length).sum(), rounds,
                settings.maxOperations(), settings.maxBytes(), settings.flushInterval().toMillis(), settings.maxConcurrentRequests());
        System.out.printf("  service (Kafka -> parse -> map -> BulkIngester -> offsets committed): %,.0f docs/s (median)%n", serviceMedian);
        System.out.printf("  bare BulkIngester loop (documents -> all acknowledged):              %,.0f docs/s (median)%n", bareMedian);
        System.out.printf("  service / bare: %.0f%% (median of the per-round ratios; ratio of the medians %.0f%%)%n",
                100 * ratioMedian, 100 * serviceMedian / bareMedian);
        System.exit(0); // the servers of TestServers stop with this JVM
    }

    /** Fills news.enriched once; every service round consumes all of it with a fresh consumer group. */
    private static long produce(String kafka, List<EnrichedArticle> articles) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
            for (EnrichedArticle article : articles) {
                producer.send(new ProducerRecord<>(KafkaTopics.ENRICHED, article.id(), ArticleJson.write(article)));
            }
            producer.flush();
        }
        Map<TopicPartition, Long> ends = endOffsets(kafka);
        return ends.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A producer to news.enriched, which it creates (compacted, 3 partitions) if missing. */
    static KafkaProducer<String, byte[]> producer(String kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            if (!admin.listTopics().names().get().contains(KafkaTopics.ENRICHED)) {
                admin.createTopics(List.of(new NewTopic(KafkaTopics.ENRICHED, 3, (short) 1)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
            }
        }
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 262_144),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static double serviceRun(String kafka, String elasticsearch, long records) throws Exception {
        return serviceRun(kafka, elasticsearch, records, "bench-" + UUID.randomUUID().toString().substring(0, 8), context -> { });
    }

    /**
     * The real service in this JVM, with its own alias {@code run} and consumer group; timed from its
     * first poll to all offsets committed, after {@code beforeTiming}. Its indices stay.
     */
    static double serviceRun(String kafka, String elasticsearch, long records, String run,
                             java.util.function.Consumer<ConfigurableApplicationContext> beforeTiming) throws Exception {
        Map<TopicPartition, Long> ends = endOffsets(kafka);
        try (ConfigurableApplicationContext context = service(kafka, elasticsearch, run);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            // Join the group paused, then time from resume: group membership is start-up, not indexing.
            MessageListenerContainer container = context.getBean(KafkaListenerEndpointRegistry.class)
                    .getListenerContainer(EnrichedArticleListener.ID);
            beforeTiming.accept(context);
            container.pause();
            container.start();
            while (container.getAssignedPartitions() == null || container.getAssignedPartitions().isEmpty()) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
            long started = System.nanoTime();
            double cpu = cpuSeconds();
            container.resume();
            while (!committed(admin, run).equals(ends)) {
                if (seconds(started) > 600) {
                    throw new IllegalStateException("the service did not commit every offset within 10 minutes");
                }
                TimeUnit.MILLISECONDS.sleep(50);
            }
            double elapsed = seconds(started);
            System.out.printf("  service: %,d records in %.1f s, this JVM used %.1f CPU-s%n", records, elapsed, cpuSeconds() - cpu);
            return records / elapsed;
        }
    }

    /** The service with its own alias, template and consumer group; its listener starts when the caller says. */
    static ConfigurableApplicationContext service(String kafka, String elasticsearch, String name) {
        return new SpringApplicationBuilder(PublishApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.kafka.bootstrap-servers=" + kafka,
                        "--spring.elasticsearch.uris=" + elasticsearch,
                        "--spring.kafka.consumer.group-id=" + name,
                        "--spring.kafka.listener.auto-startup=false",
                        "--newsflow.publish.index.alias=" + name,
                        "--newsflow.publish.index.version-prefix=" + name + "-v",
                        "--newsflow.publish.index.template-name=" + name,
                        "--logging.level.root=WARN");
    }

    /** An index outside the template's pattern with the template's settings and mappings alone. */
    static void createBareIndex(ElasticsearchClient client, String index) throws Exception {
        byte[] settingsAndMappings = ArticleJson.mapper().writeValueAsBytes(
                ArticleJson.mapper().readTree(IndexTemplate.fromClasspath().body()).get("template"));
        client.indices().create(r -> r.index(index).withJson(new ByteArrayInputStream(settingsAndMappings)));
    }

    /** The same documents through a BulkIngester with the service's settings, nothing else. */
    private static double bareRun(ElasticsearchClient client, List<EnrichedArticle> articles, BulkSettings settings) throws Exception {
        String index = "bench-bare-" + UUID.randomUUID().toString().substring(0, 8);
        createBareIndex(client, index);
        ArticleDocumentMapper mapper = new ArticleDocumentMapper(Clock.systemUTC());
        List<ArticleDocument> documents = articles.stream().map(mapper::toDocument).toList();
        long started = System.nanoTime();
        double cpu = cpuSeconds();
        BareIngester ingester = new BareIngester(client, settings);
        // The loop a developer would write: the ingester serialises each document with the client's mapper.
        for (ArticleDocument document : documents) {
            ingester.index(index, document);
        }
        long failed = ingester.close();
        double elapsed = seconds(started);
        System.out.printf("  bare:    %,d documents in %.1f s, this JVM used %.1f CPU-s%n", documents.size(), elapsed, cpuSeconds() - cpu);
        double rate = documents.size() / elapsed;
        if (failed > 0) {
            System.out.printf("  (bare loop: %d items failed)%n", failed);
        }
        return rate;
    }

    /** A BulkIngester with the service's settings, counting failed items, nothing else. */
    static final class BareIngester {
        private final AtomicLong failed = new AtomicLong();
        private final BulkIngester<Void> ingester;

        BareIngester(ElasticsearchClient client, BulkSettings settings) {
            ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(settings.maxOperations()).maxSize(settings.maxBytes())
                .flushInterval(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .maxConcurrentRequests(settings.maxConcurrentRequests())
                .listener(new BulkListener<>() {
                    @Override
                    public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {
                    }

                    @Override
                    public void afterBulk(long id, BulkRequest request, List<Void> contexts, BulkResponse response) {
                        failed.addAndGet(response.items().stream().filter(i -> i.error() != null).count());
                    }

                    @Override
                    public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
                        failed.addAndGet(contexts.size());
                    }
                }));
        }

        void index(String index, ArticleDocument document) {
            ingester.add(op -> op.index(i -> i.index(index).id(document.id())
                    .version(document.revision()).versionType(VersionType.External).document(document)));
        }

        /** Waits for every answer; returns how many items failed. */
        long close() {
            ingester.close();
            return failed.get();
        }
    }

    static Map<TopicPartition, Long> endOffsets(String kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            var partitions = admin.describeTopics(List.of(KafkaTopics.ENRICHED)).allTopicNames().get()
                    .get(KafkaTopics.ENRICHED).partitions().stream()
                    .map(p -> new TopicPartition(KafkaTopics.ENRICHED, p.partition()))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    private static Map<TopicPartition, Long> committed(Admin admin, String group) throws Exception {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ((OffsetAndMetadata) e.getValue()).offset()));
    }

    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
