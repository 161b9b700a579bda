package io.newsflow.testsupport;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.InboundArticle;
import io.newsflow.contract.KafkaTopics;
import io.newsflow.contract.Source;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Feeds articles the way real feeders do: through topic news.inbound with a reliable producer,
 * and over HTTP with a client that retries until it gets 202 (so an ingest-service crash costs a
 * retry, not an article). Retried articles keep their URL, hence their id.
 */
public final class ArticleFeeder implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<URI> ingestUri;

    public ArticleFeeder(String bootstrapServers, Supplier<URI> ingestUri) {
        this.ingestUri = ingestUri;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // Rides out a broker restart instead of failing the send.
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    public static InboundArticle article(String domain, String sourceName, String path, String title, String body) {
        return new InboundArticle("https://" + domain + "/" + path, new Source(sourceName, domain), title, null, body,
                List.of(), null, Instant.parse("2005-01-01T00:00:00Z"), null);
    }

    public void viaTopic(InboundArticle article) {
        producer.send(new ProducerRecord<>(KafkaTopics.INBOUND, article.url(), ArticleJson.write(article)), (metadata, error) -> {
            if (error != null) {
                throw new IllegalStateException("feeding " + article.url() + " failed", error);
            }
        });
    }

    /** Posts until the ingest service answers 202; any other 4xx is a test failure, not a retry. */
    public void viaHttp(InboundArticle article, Duration patience) {
        byte[] json = ArticleJson.write(article);
        HttpRequest post = HttpRequest.newBuilder(ingestUri.get().resolve("/api/v1/articles"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
        try {
            Awaitility.await("ingest accepts " + article.url()).atMost(patience).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(IOException.class) // ingest-service is down or restarting: retry, as a feeder would
                    .until(() -> {
                        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 202 && response.statusCode() < 500) {
                            throw new IllegalStateException("ingest rejected " + article.url() + ": " + response.statusCode()
                                    + " " + response.body());
                        }
                        return response.statusCode() == 202;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("ingest-service did not accept " + article.url() + " within " + patience, e);
        }
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
