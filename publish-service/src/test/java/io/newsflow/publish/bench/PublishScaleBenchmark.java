package io.newsflow.publish.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.Source;
import io.newsflow.publish.bulk.BulkSettings;
import io.newsflow.publish.config.PublishProperties;
import io.newsflow.publish.document.ArticleDocument;
import io.newsflow.publish.document.ArticleDocumentMapper;
import io.newsflow.publish.index.IndexPeriod;
import io.newsflow.publish.index.LiveIndexTarget;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The index at scale: {@code bench.documents} articles (default one million) stamped out of the BBC
 * corpus with varied ids, 50 sources and first-receipt dates spread over the last 24 months, indexed
 * by the service (into its monthly indices) and by a bare BulkIngester (into monthly indices of the
 * same mapping) in the same run; then the size on disk and Lucene documents per article of the
 * service's indices, and latency percentiles of each readers'-guide query against its alias.
 * <pre>./mvnw -q -pl publish-service test-compile exec:exec@scale [-Dscale.documents=1000000 -Dbench.queries=200]</pre>
 * A command, not a test: it prints numbers. Articles are generated while producing and again while
 * indexing the bare run, never held all at once. Servers from TestServers.
 */
public final class PublishScaleBenchmark {

    private static final int SOURCES = 50;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long SPAN_SECONDS = Duration.ofDays(730).toSeconds();

    private PublishScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = Integer.getInteger("bench.documents", 1_000_000);
        int queries = Integer.getInteger("bench.queries", 200);
        Path bbc = BenchmarkCorpus.locate().orElse(null);
        if (bbc == null) {
            System.out.println("Benchmark skipped: ../shared/eval/bbc is absent (run from the repository root or the module).");
            return;
        }
        List<BenchmarkCorpus.Text> texts = BenchmarkCorpus.texts(bbc);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        IntFunction<EnrichedArticle> article = i -> {
            long mix = mix(i);
            int source = (int) Math.floorMod(mix >>> 40, (long) SOURCES);
            return BenchmarkCorpus.article("scale-" + run + "-" + i, texts.get(i % texts.size()),
                    new Source("Source " + source, "source" + source + ".example"),
                    end.minusSeconds(Math.floorMod(mix, SPAN_SECONDS)));
        };
        String kafka = TestServers.kafka().bootstrapServers();
        String elasticsearch = TestServers.elasticsearch().url();

        long produceStarted = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = PublishBenchmark.producer(kafka)) {
            for (int i = 0; i < documents; i++) {
                EnrichedArticle a = article.apply(i);
                producer.send(new ProducerRecord<>(KafkaTopics.ENRICHED, a.id(), ArticleJson.write(a)));
            }
            producer.flush();
        }
        long records = PublishBenchmark.endOffsets(kafka).values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("produced %,d articles to %s in %.0f s (the topic holds %,d records)%n",
                documents, KafkaTopics.ENRICHED, PublishBenchmark.seconds(produceStarted), records);

        String alias = "scale-" + run;
        try (ConfigurableApplicationContext tools = PublishBenchmark.service(kafka, elasticsearch, "scale-tools-" + run)) {
            BulkSettings settings = tools.getBean(PublishProperties.class).bulkSettings();
            ElasticsearchClient client = tools.getBean(ElasticsearchClient.class);

            TreeSet<String> months = new TreeSet<>();
            for (int i = 0; i < documents; i++) {
                months.add(IndexPeriod.MONTH.key(article.apply(i).article().routingDate()));
            }
            // Both runs get their month indices before the clock starts: creating one is a once-a-month
            // cost in production, which 24 months of data in one run would otherwise charge 24 times.
            double service = PublishBenchmark.serviceRun(kafka, elasticsearch, records, alias,
                    context -> months.forEach(context.getBean(LiveIndexTarget.class)::forPeriod));
            double bare = bareRun(client, settings, documents, article, months, "scale-bare-" + run);
            System.out.printf("service %,.0f docs/s, bare BulkIngester %,.0f docs/s (%.0f%%)%n", service, bare, 100 * service / bare);

            client.indices().refresh(r -> r.index(alias));
            long articles = client.count(r -> r.index(alias)).count();
            IndicesStatsResponse stats = client.indices().stats(r -> r.index(alias + "-v*"));
            long bytes = stats.all().primaries().store().sizeInBytes();
            long luceneDocs = stats.all().primaries().docs().count();
            System.out.printf("%nindex %s: %,d articles in %d monthly indices, %,d Lucene documents (primaries) = %.1f per article%n",
                    alias, articles, stats.indices().size(), luceneDocs, luceneDocs / (double) articles);
            System.out.printf("  size on disk (primaries, before any force-merge): %,.0f MB = %,.0f MB per million articles%n",
                    bytes / 1e6, bytes / 1e6 * 1_000_000 / articles);

            System.out.printf("%nreaders' guide queries on alias %s, %d runs each after 20 uncounted (client-side ms, request cache off):%n",
                    alias, queries);
            QueryTerms terms = QueryTerms.of(texts);
            for (Map.Entry<String, IntFunction<String>> query : guideQueries(terms).entrySet()) {
                double[] millis = latencies(elasticsearch, alias, query.getValue(), queries);
                System.out.printf("  %-22s p50 %6.1f  p95 %6.1f  p99 %6.1f%n", query.getKey(),
                        percentile(millis, 50), percentile(millis, 95), percentile(millis, 99));
            }
        }
        System.exit(0); // the servers of TestServers stop with this JVM
    }

    /** The bare loop into monthly indices of the same mapping: what the service does, minus Kafka and the service. */
    private static double bareRun(ElasticsearchClient client, BulkSettings settings, int documents,
                                  IntFunction<EnrichedArticle> article, TreeSet<String> months, String prefix) throws Exception {
        ArticleDocumentMapper mapper = new ArticleDocumentMapper(Clock.systemUTC());
        for (String month : months) {
            PublishBenchmark.createBareIndex(client, prefix + "-" + month);
        }
        long started = System.nanoTime();
        double cpu = PublishBenchmark.cpuSeconds();
        PublishBenchmark.BareIngester ingester = new PublishBenchmark.BareIngester(client, settings);
        for (int i = 0; i < documents; i++) {
            ArticleDocument document = mapper.toDocument(article.apply(i));
            ingester.index(prefix + "-" + IndexPeriod.MONTH.key(document.firstReceivedAt()), document);
        }
        long failed = ingester.close();
        double elapsed = PublishBenchmark.seconds(started);
        System.out.printf("  bare:    %,d documents in %.1f s, this JVM used %.1f CPU-s (generation included)%s%n", documents,
                elapsed, PublishBenchmark.cpuSeconds() - cpu, failed > 0 ? ", " + failed + " items failed" : "");
        return documents / elapsed;
    }

    /** Words, people, places and topics of the corpus to vary the guide's queries with. */
    private record QueryTerms(List<String> words, List<String> people, List<String> locations, List<String> topics) {

        static QueryTerms of(List<BenchmarkCorpus.Text> texts) {
            TreeSet<String> words = new TreeSet<>();
            TreeSet<String> people = new TreeSet<>();
            TreeSet<String> locations = new TreeSet<>();
            TreeSet<String> topics = new TreeSet<>();
            for (BenchmarkCorpus.Text text : texts) {
                Arrays.stream(text.title().toLowerCase(Locale.ROOT).split("[^a-z]+")).filter(w -> w.length() >= 5).forEach(words::add);
                text.entities().stream().filter(e -> e.type() == EntityType.PERSON).forEach(e -> people.add(e.name()));
                text.entities().stream().filter(e -> e.type() == EntityType.LOCATION).forEach(e -> locations.add(e.name()));
                topics.add(text.topic());
            }
            return new QueryTerms(every(words, 200), every(people, 200), every(locations, 200), List.copyOf(topics));
        }

        private static List<String> every(TreeSet<String> all, int count) {
            List<String> list = List.copyOf(all);
            List<String> picked = new ArrayList<>();
            for (int i = 0; i < count && !list.isEmpty(); i++) {
                picked.add(list.get((int) Math.floorMod(mix(i), (long) list.size())));
            }
            return picked;
        }

        String word(int i) {
            return words.get(i % words.size());
        }
    }

    /** The queries of publish-service/README.md's readers' guide, the i-th run with the i-th terms. */
    private static Map<String, IntFunction<String>> guideQueries(QueryTerms t) {
        Map<String, IntFunction<String>> queries = new LinkedHashMap<>();
        queries.put("full text", i -> """
                {"query": {"multi_match": {"query": "%s %s", "fields": ["title^3", "subtitle^2", "body"]}}}"""
                .formatted(t.word(i), t.word(i + 7)));
        queries.put("entity + topic filter", i -> """
                {"query": {"bool": {"filter": [{"term": {"people": %s}}, {"term": {"topics.label": "%s"}}]}},
                 "sort": [{"publishedAt": "desc"}]}""".formatted(json(t.people().get(i % t.people().size())),
                t.topics().get(i % t.topics().size())));
        queries.put("nested entity", i -> """
                {"query": {"nested": {"path": "entities", "query": {"bool": {"filter": [
                  {"term": {"entities.name": %s}}, {"term": {"entities.type": "LOCATION"}},
                  {"range": {"entities.salience": {"gte": 0.3}}}]}}}}}""".formatted(json(t.locations().get(i % t.locations().size()))));
        queries.put("facets", i -> """
                {"size": 0, "query": {"match": {"body": "%s"}}, "aggs": {
                  "people": {"terms": {"field": "people", "size": 10}},
                  "organizations": {"terms": {"field": "organizations", "size": 10}},
                  "locations": {"terms": {"field": "locations", "size": 10}},
                  "topics": {"terms": {"field": "topics.label", "size": 17}},
                  "sources": {"terms": {"field": "source.name", "size": 10}},
                  "per_day": {"date_histogram": {"field": "publishedAt", "calendar_interval": "day"}}}}""".formatted(t.word(i)));
        queries.put("date range (7 days)", i -> """
                {"query": {"bool": {"must": [{"match": {"body": "%s"}}],
                  "filter": [{"range": {"publishedAt": {"gte": "now-7d/d", "lte": "now"}}}]}},
                 "sort": [{"publishedAt": "desc"}],
                 "highlight": {"fields": {"title": {}, "body": {"fragment_size": 150, "number_of_fragments": 2}}},
                 "_source": ["title", "source.name", "publishedAt", "url"]}""".formatted(t.word(i)));
        queries.put("latest news", i -> """
                {"query": {"term": {"source.name": "Source %d"}}, "sort": [{"publishedAt": "desc"}],
                 "_source": ["title", "source.name", "publishedAt", "url"]}""".formatted(i % SOURCES));
        return queries;
    }

    /** Sent as the guide's curl does: the JSON as written, over HTTP (the typed client would re-shape it). */
    private static double[] latencies(String elasticsearch, String alias, IntFunction<String> query, int runs) throws Exception {
        double[] millis = new double[runs];
        URI uri = URI.create(elasticsearch + "/" + alias + "/_search?request_cache=false");
        for (int i = -20; i < runs; i++) {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(query.apply(i + 20))).build();
            long started = System.nanoTime();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("query failed: " + response.statusCode() + " " + response.body());
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        return millis;
    }

    private static String json(String value) {
        return ArticleJson.mapper().writeValueAsString(value);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    /** SplitMix64: spreads consecutive numbers over sources and dates, the same in every run. */
    private static long mix(long i) {
        long z = i * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
