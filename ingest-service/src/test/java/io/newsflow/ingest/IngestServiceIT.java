package io.newsflow.ingest;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.RawArticle;
import io.newsflow.testsupport.TestServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Base of the integration tests: the whole service on a random port against the real broker, with
 * API keys, a small request limit and two feeds on a local test site. All subclasses share this
 * one configuration, so the service starts once per test JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "newsflow.ingest.http.api-keys=" + IngestServiceIT.API_KEY + ",second-key",
        "newsflow.ingest.http.max-request-size=256KB",
        "newsflow.ingest.feeds.scheduled=false",
        // The test site is on 127.0.0.1; HttpFetcherTest checks the refusal with this off.
        "newsflow.ingest.feeds.allow-loopback=true",
        "newsflow.ingest.feeds.max-page-size=64KB"})
public abstract class IngestServiceIT {

    protected static final String API_KEY = "test-key-1";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.registerKafka(registry);
        // A list binds from one property source only, so every field of the feed list is given here.
        registry.add("newsflow.ingest.feeds.sources[0].url", () -> TestFeedServer.get().courierFeed());
        registry.add("newsflow.ingest.feeds.sources[0].name", () -> "North Sea Courier");
        registry.add("newsflow.ingest.feeds.sources[1].url", () -> TestFeedServer.get().wireFeed());
        registry.add("newsflow.ingest.feeds.sources[1].name", () -> "Valley Wire");
    }

    protected static KafkaTestClient kafka() {
        return new KafkaTestClient(TestServers.kafka().bootstrapServers());
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The raw article with this id and revision, once it is committed on news.raw. */
    protected static RawArticle awaitRaw(String id, long revision) {
        var record = kafka().awaitRecord(KafkaTopics.RAW, r -> id.equals(r.key()) && r.value() != null
                && ArticleJson.read(r.value(), RawArticle.class).revision() == revision);
        return ArticleJson.read(record.value(), RawArticle.class);
    }

    protected static RawArticle awaitRaw(String id) {
        return awaitRaw(id, 1);
    }

    /** The raw article whose JSON contains the marker, once it is committed on news.raw. */
    protected static RawArticle awaitRawContaining(String marker) {
        var record = kafka().awaitRecord(KafkaTopics.RAW, r -> r.value() != null && new String(r.value(), StandardCharsets.UTF_8).contains(marker));
        return ArticleJson.read(record.value(), RawArticle.class);
    }

    /** A word no other test's article contains. */
    protected static String unique() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
