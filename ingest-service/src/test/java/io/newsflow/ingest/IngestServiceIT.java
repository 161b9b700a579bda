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
 * Base of the integration tests: the whole service on a random port against the real broker. All
 * subclasses share one application context (same configuration), so the service starts once per JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IngestServiceIT {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.registerKafka(registry);
    }

    protected static KafkaTestClient kafka() {
        return new KafkaTestClient(TestServers.kafka().bootstrapServers());
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The raw article with this id, once it is committed on news.raw. */
    protected static RawArticle awaitRaw(String id) {
        return ArticleJson.read(kafka().awaitRecord(KafkaTopics.RAW, r -> id.equals(r.key())).value(), RawArticle.class);
    }

    /** The raw article whose title contains the marker, once it is committed on news.raw. */
    protected static RawArticle awaitRawWithTitle(String marker) {
        var record = kafka().awaitRecord(KafkaTopics.RAW, r -> r.value() != null && new String(r.value(), StandardCharsets.UTF_8).contains(marker));
        return ArticleJson.read(record.value(), RawArticle.class);
    }

    /** A word no other test's article contains. */
    protected static String unique() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
