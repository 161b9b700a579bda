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
import io.newsflow.publish.kafka.ArticleOperations;
import io.newsflow.publish.index.IndexNames;
import io.newsflow.publish.index.IndexTemplateInstaller;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds the readers' index with this build's mapping, without downtime and without
 * re-enrichment: installs the template, creates the next version {@code news-v<N+1>}, fills it
 * from the compacted {@code news.enriched} topic, swaps the alias atomically, then copies what
 * arrived during the fill. Live indexing goes on meanwhile through the alias (into the old index
 * until the swap, into the new one after it); external versions make the overlap harmless.
 * The old index is kept, so that the swap can be undone by pointing the alias back.
 */
public final class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);
    private static final int MAX_PENDING = 10_000;

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final IndexTemplateInstaller installer;
    private final BulkSettings bulk;
    private final Map<String, Object> consumerConfig;

    public IndexRebuilder(ElasticsearchClient client, IndexNames names, IndexTemplateInstaller installer,
                          BulkSettings bulk, Map<String, Object> consumerConfig) {
        this.client = client;
        this.names = names;
        this.installer = installer;
        this.bulk = bulk;
        this.consumerConfig = consumerConfig;
    }

    /** What a rebuild did. */
    public record Report(Set<String> previous, String current, long written, long deleted, long skipped, Duration took) {
    }

    public Report rebuild() throws IOException, InterruptedException {
        long started = System.nanoTime();
        installer.install();
        AliasSwapper alias = new AliasSwapper(client, names.alias());
        Set<String> previous = alias.indices();
        String target = names.version(names.highestVersion(
                client.indices().get(r -> r.index(names.pattern())).indices().keySet()) + 1);
        client.indices().create(r -> r.index(target));
        log.info("Created {}; filling it from {}", target, KafkaTopics.ENRICHED);

        ArticleOperations operations = new ArticleOperations(new ArticleDocumentMapper(Clock.systemUTC()),
                new DocumentOperations(target, false));
        try (BulkIndexer indexer = new BulkIndexer(client, bulk, ElasticsearchReachability.IGNORE,
                new IndexingMetrics(new SimpleMeterRegistry()));
             KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(readerConfig(),
                     new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicCopier copier = new TopicCopier(consumer, KafkaTopics.ENRICHED, indexer, operations, MAX_PENDING);
            copier.copyFromBeginning();
            client.indices().refresh(r -> r.index(target));
            alias.pointAt(target);
            log.info("Alias {} now points at {} (was {})", names.alias(), target, previous);
            copier.copyToCurrentEnd();
            return new Report(previous, target, copier.written(), copier.deleted(), copier.skipped(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private Map<String, Object> readerConfig() {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        return config;
    }
}
