package io.newsflow.testsupport;

/** The Kafka broker a test talks to, wherever it came from. */
public interface KafkaServer {

    String bootstrapServers();

    /** Restarts the broker on the same address; for fault tests. */
    void restart();
}
