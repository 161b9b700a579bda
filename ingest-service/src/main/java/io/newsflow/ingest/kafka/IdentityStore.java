package io.newsflow.ingest.kafka;

import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.identity.ArticleState;
import io.newsflow.ingest.identity.DuplicateIndex;
import io.newsflow.ingest.identity.IdentitySession;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * What the service knows about published article ids, kept in the compacted topic
 * {@value IngestTopics#STATE}: state records are written in the same Kafka transaction as the raw
 * articles they describe, so the two never disagree; every instance reads the whole topic at
 * start-up and follows it, so ids published by other instances are known too. Memory is bounded
 * by {@code newsflow.ingest.identity.max-articles}.
 */
@Component
public class IdentityStore extends StateTopicFollower {

    private final DuplicateIndex index;

    IdentityStore(KafkaProperties kafka, IngestProperties properties) {
        super(kafka.buildConsumerProperties(), IngestTopics.STATE);
        this.index = new DuplicateIndex(properties.identity().maxArticles());
    }

    @Override
    protected void apply(String id, byte[] json) {
        index.put(id, StateJson.read(json, ArticleState.class));
    }

    /** A view for one transaction; its decisions reach the shared index on {@link IdentitySession#commit()}. */
    public IdentitySession newSession() {
        return new IdentitySession(index);
    }

    /** What is known of an id (null when nothing is), as of the last state record read or committed. */
    public ArticleState stateOf(String id) {
        return index.get(id);
    }
}
