package io.newsflow.ingest.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.InboundArticle;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.Source;
import io.newsflow.ingest.IngestApplication;
import io.newsflow.testsupport.BbcCorpus;
import io.newsflow.testsupport.BbcCorpus.BbcArticle;
import io.newsflow.testsupport.TestServers;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ingest throughput on BBC articles, next to the bare Kafka producer writing the same articles to the
 * same broker in the same run: the service in this JVM against the test broker (an external one via
 * {@code NEWSFLOW_TEST_KAFKA_BOOTSTRAP_SERVERS}, else the local stack); every run uses fresh URLs, so no
 * article is dropped as a duplicate of an earlier run.
 *
 * <pre>ingest-service/benchmark throughput [-Dbench.articles=2225 -Dbench.batch=50 -Dbench.clients=4]</pre>
 */
public final class IngestBenchmark {

    private static final int ARTICLES = Integer.getInteger("bench.articles", 2225);
    private static final int BATCH = Integer.getInteger("bench.batch", 50);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!BbcCorpus.available()) {
            System.out.println("SKIPPED: " + BbcCorpus.location() + " not found (-Dnewsflow.root names the repository)");
            return;
        }
        List<BbcArticle> corpus = BbcCorpus.read(ARTICLES);
        String bootstrap = TestServers.kafka().bootstrapServers();
        String run = UUID.randomUUID().toString().substring(0, 8);
        long bytes = corpus.stream().mapToLong(a -> ArticleJson.write(toArticle(a, run, "x")).length).sum();
        System.out.printf("Ingest throughput: %d BBC articles (JSON, %.1f KB on average), broker %s, %d cores, Java %s%n%n",
                corpus.size(), bytes / 1024.0 / corpus.size(), bootstrap, Runtime.getRuntime().availableProcessors(), Runtime.version());

        double producer = rawProducer(bootstrap, corpus, run);
        report("raw Kafka producer (acks=all, idempotent) -> a fresh topic", producer, producer);

        try (ConfigurableApplicationContext service = SpringApplication.run(IngestApplication.class,
                "--server.port=0", "--spring.kafka.bootstrap-servers=" + bootstrap, "--newsflow.stage.instance-id=bench-" + run,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            URI articles = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort() + "/api/v1/articles");
            warmUp(articles, corpus, run);
            report("HTTP POST, JSON arrays of " + BATCH + ", " + CLIENTS + " clients", http(articles, corpus, run, "http", BATCH), producer);
            report("HTTP POST, one article per request, " + CLIENTS + " clients", http(articles, corpus, run, "single", 1), producer);
            report("topic news.inbound -> news.raw (transactional)", topic(service, bootstrap, corpus, run), producer);
        }
    }

    private static InboundArticle toArticle(BbcArticle article, String run, String channel) {
        return new InboundArticle("https://bench.example/" + run + "/" + channel + "/" + article.category() + "/" + article.file(),
                new Source("Bench", "bench.example"), article.title(), null, article.body(), List.of(), null, Instant.parse("2005-01-01T00:00:00Z"), null);
    }

    private static double rawProducer(String bootstrap, List<BbcArticle> corpus, String run) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer())) {
            String topic = createTopic(bootstrap, "bench.raw-producer-" + run);
            long start = System.nanoTime();
            List<Future<?>> sends = new ArrayList<>();
            for (BbcArticle article : corpus) {
                InboundArticle inbound = toArticle(article, run, "producer");
                sends.add(producer.send(new ProducerRecord<>(topic, inbound.url(), ArticleJson.write(inbound))));
            }
            for (Future<?> send : sends) {
                send.get();
            }
            return rate(corpus.size(), start);
        }
    }

    /** Brokers here do not create topics on first use; this one gets the partitions news.raw has. */
    private static String createTopic(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        return topic;
    }

    /** A first round through the whole pipeline, so class loading and JIT do not count against HTTP. */
    private static void warmUp(URI articles, List<BbcArticle> corpus, String run) throws Exception {
        http(articles, corpus.subList(0, Math.min(300, corpus.size())), run, "warm-up", BATCH);
    }

    private static double http(URI articles, List<BbcArticle> corpus, String run, String channel, int batchSize) throws Exception {
        List<List<InboundArticle>> batches = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i += batchSize) {
            batches.add(corpus.subList(i, Math.min(i + batchSize, corpus.size())).stream().map(a -> toArticle(a, run, channel)).toList());
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                workers.add(clients.submit(() -> {
                    for (int b = next.getAndIncrement(); b < batches.size(); b = next.getAndIncrement()) {
                        List<InboundArticle> batch = batches.get(b);
                        byte[] body = batchSize == 1 ? ArticleJson.write(batch.getFirst()) : ArticleJson.write(batch);
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(articles).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 202 || response.body().contains("\"rejected\"") && !response.body().contains("\"rejected\":0")) {
                            throw new IllegalStateException("unexpected answer " + response.statusCode() + ": " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        return rate(corpus.size(), start);
    }

    /** Produces everything with the listener stopped, then measures how fast the service drains it into news.raw. */
    private static double topic(ConfigurableApplicationContext service, String bootstrap, List<BbcArticle> corpus, String run) throws Exception {
        var container = service.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("inbound-articles");
        container.stop();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            for (BbcArticle article : corpus) {
                InboundArticle inbound = toArticle(article, run, "topic");
                producer.send(new ProducerRecord<>(KafkaTopics.INBOUND, inbound.url(), ArticleJson.write(inbound)));
            }
            producer.flush();
        }
        MeterRegistry meters = service.getBean(MeterRegistry.class);
        double before = accepted(meters);
        long start = System.nanoTime();
        container.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (accepted(meters) - before < corpus.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the service took more than 10 minutes for " + corpus.size() + " articles");
            }
            Thread.sleep(20);
        }
        return rate(corpus.size(), start);
    }

    private static double accepted(MeterRegistry meters) {
        return meters.find("newsflow.ingest.articles").tags("channel", "topic", "outcome", "accepted").counters()
                .stream().mapToDouble(c -> c.count()).sum();
    }

    private static double rate(int articles, long startNanos) {
        return articles / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static void report(String what, double perSecond, double producer) {
        System.out.printf("%-62s %8.0f articles/s  %5.1f%% of the raw producer%n", what, perSecond, 100 * perSecond / producer);
    }
}
