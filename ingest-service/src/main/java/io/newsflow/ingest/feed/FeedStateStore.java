package io.newsflow.ingest.feed;

import io.newsflow.ingest.kafka.IngestTopics;
import io.newsflow.ingest.kafka.StateJson;
import io.newsflow.ingest.kafka.StateTopicFollower;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-feed state in the compacted topic {@value IngestTopics#FEEDS}, keyed by feed URL: written in
 * the same transaction as the articles of the poll, read back at start-up, so a restarted (or
 * another) instance neither re-takes entries nor skips the conditional GET.
 */
@Component
public class FeedStateStore extends StateTopicFollower {

    private final Map<String, FeedState> states = new ConcurrentHashMap<>();
    private final KafkaTemplate<String, byte[]> template;

    FeedStateStore(KafkaProperties kafka, KafkaTemplate<String, byte[]> template) {
        super(kafka.buildConsumerProperties(), IngestTopics.FEEDS);
        this.template = template;
    }

    @Override
    protected void apply(String feedUrl, byte[] json) {
        states.put(feedUrl, StateJson.read(json, FeedState.class));
    }

    public FeedState get(String feedUrl) {
        return states.getOrDefault(feedUrl, FeedState.NEW);
    }

    /** Sends the new state within the current Kafka transaction. */
    void send(String feedUrl, FeedState state) {
        template.send(IngestTopics.FEEDS, feedUrl, StateJson.write(state));
    }

    /** Call once the transaction that sent the state committed. */
    void committed(String feedUrl, FeedState state) {
        states.put(feedUrl, state);
    }
}
