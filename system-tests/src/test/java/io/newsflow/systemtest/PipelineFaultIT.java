package io.newsflow.systemtest;

import io.newsflow.contract.InboundArticle;
import io.newsflow.testsupport.ArticleFeeder;
import io.newsflow.testsupport.BbcCorpus;
import io.newsflow.testsupport.BbcCorpus.BbcArticle;
import io.newsflow.testsupport.ServiceProcess;
import io.newsflow.testsupport.TestServers;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

/**
 * Nothing lost, nothing duplicated: real articles stream in through the topic and over HTTP while,
 * one after another, each service is killed with SIGKILL and restarted, the Kafka broker is
 * restarted, and Elasticsearch is down for a minute. Afterwards readers must find every article
 * exactly once, complete, and no dead letter may have been written on the way.
 */
class PipelineFaultIT {

    private static final Logger log = LoggerFactory.getLogger(PipelineFaultIT.class);
    private static final int ARTICLES = Integer.getInteger("newsflow.fault.articles", 2000);
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("newsflow.fault.es-outage-seconds", 60));

    @Test
    void everyArticleIsSearchableExactlyOnceAfterCrashesRestartsAndAnOutage() throws Exception {
        assumeTrue(BbcCorpus.available(), "skipped: BBC corpus not found at " + BbcCorpus.location());
        RunningPipeline pipeline = RunningPipeline.get();
        String bootstrap = TestServers.kafka().bootstrapServers();
        NewsIndex index = pipeline.index();
        Map<String, Long> deadLettersBefore = DeadLetterCounts.read(bootstrap);

        String run = UUID.randomUUID().toString().substring(0, 8);
        String domain = "fault-" + run + ".bbc.example";
        List<InboundArticle> articles = new ArrayList<>();
        for (BbcArticle bbc : BbcCorpus.read(ARTICLES)) {
            articles.add(ArticleFeeder.article(domain, "BBC fault run " + run,
                    bbc.category() + "/" + bbc.file().replace(".txt", ""), bbc.title(), bbc.body()));
        }

        AtomicBoolean feeding = new AtomicBoolean(true);
        CompletableFuture<Void> faults;
        try (ArticleFeeder feeder = new ArticleFeeder(bootstrap, () -> pipeline.ingest().baseUri())) {
            faults = CompletableFuture.runAsync(() -> injectFaults(pipeline, feeding));
            feedAtSteadyRate(feeder, articles, Duration.ofSeconds(90));
            feeder.flush();
            feeding.set(false);
            faults.get();
        }

        JsonNode documents = await("all " + articles.size() + " articles searchable")
                .atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(5))
                .until(() -> index.allFromDomain(domain), docs -> docs.size() >= articles.size());

        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        List<String> incomplete = new ArrayList<>();
        for (JsonNode hit : documents) {
            ids.add(hit.get("_id").asString());
            titles.add(hit.get("_source").path("title").asString());
            JsonNode source = hit.get("_source");
            if (source.path("entities").isEmpty() || source.path("topics").isEmpty()) {
                incomplete.add(source.path("title").asString());
            }
        }
        assertThat(documents.size()).as("documents in news for this run").isEqualTo(articles.size());
        assertThat(ids).as("distinct document ids").hasSize(articles.size());
        assertThat(incomplete).as("documents without entities or topics").isEmpty();
        assertThat(DeadLetterCounts.read(bootstrap)).as("dead-letter topics").isEqualTo(deadLettersBefore);
        log.info("fault run {}: {} articles fed, {} documents, {} distinct titles", run, articles.size(), documents.size(), titles.size());
    }

    /** Three of four articles go through the topic, every fourth over HTTP, spread over {@code span}. */
    private static void feedAtSteadyRate(ArticleFeeder feeder, List<InboundArticle> articles, Duration span) {
        long pauseNanos = span.toNanos() / articles.size();
        Instant start = Instant.now();
        for (int i = 0; i < articles.size(); i++) {
            if (i % 4 == 3) {
                feeder.viaHttp(articles.get(i), Duration.ofMinutes(3));
            } else {
                feeder.viaTopic(articles.get(i));
            }
            Instant due = start.plusNanos(pauseNanos * (i + 1));
            Duration ahead = Duration.between(Instant.now(), due);
            if (!ahead.isNegative()) {
                ArticleFeeder.pause(ahead);
            }
        }
    }

    private static void injectFaults(RunningPipeline pipeline, AtomicBoolean feeding) {
        Duration gap = Duration.ofSeconds(10);
        for (ServiceProcess service : pipeline.all()) {
            ArticleFeeder.pause(gap);
            log.info("fault: SIGKILL {}", service.name());
            service.kill();
            service.start();
            service.awaitReady(Duration.ofMinutes(3));
        }
        ArticleFeeder.pause(gap);
        log.info("fault: restarting the Kafka broker");
        TestServers.kafka().restart();
        ArticleFeeder.pause(gap);
        log.info("fault: Elasticsearch down for {}", OUTAGE);
        TestServers.elasticsearch().stop();
        ArticleFeeder.pause(OUTAGE);
        TestServers.elasticsearch().start();
        log.info("fault: all faults injected; feeding still running: {}", feeding.get());
    }
}
