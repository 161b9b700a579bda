package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the period indices (of every set, the live one and those kept for roll-back) whose period
 * is past retention. A scheduled delete rather than ILM: it needs no licence feature or ILM
 * policy on the cluster, ages indices by the period they hold rather than by when they were
 * created (a rebuild creates every index anew), and behaves the same on every node the tests use.
 */
public final class IndexRetention {

    private static final Logger log = LoggerFactory.getLogger(IndexRetention.class);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final RetentionPolicy policy;

    public IndexRetention(ElasticsearchClient client, IndexNames names, RetentionPolicy policy) {
        this.client = client;
        this.names = names;
        this.policy = policy;
    }

    /** Deletes the expired indices; returns their names. */
    public List<String> dropExpired() throws IOException {
        List<String> dropped = new ArrayList<>();
        for (String index : client.indices().get(r -> r.index(names.pattern())).indices().keySet()) {
            if (names.periodOf(index).filter(policy::expired).isEmpty()) {
                continue;
            }
            try {
                client.indices().delete(r -> r.index(index));
                log.info("Dropped index {}: its period is older than the retention of {}", index, policy.maxAge());
                dropped.add(index);
            } catch (ElasticsearchException e) {
                if (!"index_not_found_exception".equals(e.error().type())) {
                    throw e; // another instance dropped it a moment ago otherwise
                }
            }
        }
        return dropped;
    }
}
