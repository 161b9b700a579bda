package io.newsflow.publish.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.publish.bulk.BulkIndexer;
import io.newsflow.publish.bulk.BulkSettings;
import io.newsflow.publish.bulk.DocumentOperations;
import io.newsflow.publish.bulk.ElasticsearchReachability;
import io.newsflow.publish.bulk.IndexingMetrics;
import io.newsflow.publish.document.ArticleDocumentMapper;
import io.newsflow.publish.index.AliasSwapper;
import io.newsflow.publish.index.ArticleLocator;
import io.newsflow.publish.index.IndexNames;
import io.newsflow.publish.index.IndexTemplateInstaller;
import io.newsflow.publish.index.RetentionPolicy;
import io.newsflow.publish.index.SetIndexTarget;
import io.newsflow.publish.index.UntilAnswered;
import io.newsflow.publish.kafka.ArticleOperations;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Rebuilds the readers' index set with this build's mapping, without downtime and without
 * re-enrichment: installs the template, fills a new set {@code news-v<N+1>-<period>} from the
 * compacted {@code news.enriched} topic, swaps the readers' alias and every period's write alias
 * in one atomic request, then copies what arrived during the fill. The topic's partitions are read
 * by several threads at once, each writing through its own bulk worker; an article's records are
 * all in one partition, so each article is still handled in order by one thread. Live indexing goes
 * on meanwhile through the period aliases (into the old set until the swap, into the new one
 * after it); external versions make the overlap harmless. The old set is kept for roll-back.
 */
public final class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);
    private static final int MAX_PENDING_PER_READER = 10_000;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final IndexTemplateInstaller installer;
    private final BulkSettings bulk;
    private final Map<String, Object> consumerConfig;
    private final RetentionPolicy retention;
    private final UntilAnswered untilAnswered;
    private final int readers;
    private final Clock clock;

    public IndexRebuilder(ElasticsearchClient client, IndexNames names, IndexTemplateInstaller installer, BulkSettings bulk,
                          Map<String, Object> consumerConfig, RetentionPolicy retention, UntilAnswered untilAnswered,
                          int readers, Clock clock) {
        this.client = client;
        this.names = names;
        this.installer = installer;
        this.bulk = bulk;
        this.consumerConfig = consumerConfig;
        this.retention = retention;
        this.untilAnswered = untilAnswered;
        this.readers = readers;
        this.clock = clock;
    }

    /**
     * What a rebuild did.
     *
     * @param fill how long the first pass (from the topic's start) took, the rate to size rebuilds by
     */
    public record Report(Set<String> previous, Collection<String> current, int readers, long written, long deleted,
                         long skipped, Duration fill, long filled, Duration took) {

        public double fillRate() {
            return filled / Math.max(0.001, fill.toNanos() / 1e9);
        }
    }

    public Report rebuild(Consumer<String> progress) throws IOException, InterruptedException {
        long started = System.nanoTime();
        installer.install();
        int version = names.highestVersion(client.indices().get(r -> r.index(names.pattern())).indices().keySet()) + 1;
        SetIndexTarget target = new SetIndexTarget(client, names, version, retention, untilAnswered);
        ArticleOperations operations = new ArticleOperations(new ArticleDocumentMapper(clock),
                new DocumentOperations(names.period(), target, false, clock),
                new ArticleLocator(client, names, untilAnswered));

        List<Reader> workers = new ArrayList<>();
        ExecutorService threads = null;
        try {
            List<List<TopicPartition>> groups = partitionGroups();
            for (List<TopicPartition> group : groups) {
                workers.add(new Reader(group, operations));
            }
            threads = Executors.newFixedThreadPool(workers.size());
            progress.accept("Filling " + names.index(version, "*") + " from " + KafkaTopics.ENRICHED + ": "
                    + groups.stream().mapToInt(List::size).sum() + " partitions, " + workers.size() + " readers with a bulk worker each");
            long fillStarted = System.nanoTime();
            runAll(threads, workers, TopicCopier::copyFromBeginning);
            Duration fill = Duration.ofNanos(System.nanoTime() - fillStarted);
            long filled = workers.stream().mapToLong(w -> w.copier.written() + w.copier.deleted()).sum();

            AliasSwapper aliases = new AliasSwapper(client, names);
            Set<String> previous = new java.util.TreeSet<>(aliases.indices());
            // Periods the old set has but the topic no longer fills (all retracted, or only stale):
            // they keep a write alias, and readers always find an index for the current period.
            previous.stream().map(names::periodOf).flatMap(java.util.Optional::stream).forEach(target::forPeriod);
            target.forPeriod(names.period().key(clock.instant()));
            Map<String, String> current = target.indices();
            client.indices().refresh(r -> r.index(List.copyOf(current.values())));
            aliases.swap(previous, current);
            log.info("Alias {} now points at {} (was {})", names.alias(), current.values(), previous);
            runAll(threads, workers, TopicCopier::copyToCurrentEnd);
            return new Report(previous, current.values(), workers.size(),
                    workers.stream().mapToLong(w -> w.copier.written()).sum(),
                    workers.stream().mapToLong(w -> w.copier.deleted()).sum(),
                    workers.stream().mapToLong(w -> w.copier.skipped()).sum(),
                    fill, filled, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            if (threads != null) {
                threads.shutdownNow();
            }
            workers.forEach(Reader::close);
        }
    }

    /** The topic's partitions dealt round-robin to at most {@code readers} threads. */
    private List<List<TopicPartition>> partitionGroups() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(KafkaTopics.ENRICHED).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            int count = Math.max(1, Math.min(readers, partitions.size()));
            List<List<TopicPartition>> groups = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                groups.add(new ArrayList<>());
            }
            for (int i = 0; i < partitions.size(); i++) {
                groups.get(i % count).add(partitions.get(i));
            }
            return groups;
        }
    }

    @FunctionalInterface
    private interface Pass {
        void run(TopicCopier copier) throws InterruptedException;
    }

    private static void runAll(ExecutorService threads, List<Reader> workers, Pass pass) throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (Reader worker : workers) {
            running.add(threads.submit(() -> {
                pass.run(worker.copier);
                return null;
            }));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("A reader of " + KafkaTopics.ENRICHED + " failed", e.getCause());
            }
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** One reader thread's own consumer and bulk worker. */
    private final class Reader implements AutoCloseable {
        final KafkaConsumer<String, byte[]> consumer = consumer();
        final BulkIndexer indexer = new BulkIndexer(client, bulk, ElasticsearchReachability.IGNORE,
                new IndexingMetrics(new SimpleMeterRegistry()));
        final TopicCopier copier;

        Reader(List<TopicPartition> partitions, ArticleOperations operations) {
            copier = new TopicCopier(consumer, partitions, indexer, operations, MAX_PENDING_PER_READER);
        }

        @Override
        public void close() {
            indexer.close();
            consumer.close();
        }
    }
}
