package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A new index set being filled by a rebuild: concrete indices {@code news-v<N>-<period>}, created
 * on first use, without aliases until the swap. Safe for the rebuild's reader threads at once.
 */
public final class SetIndexTarget implements IndexTarget {

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final int version;
    private final RetentionPolicy retention;
    private final UntilAnswered untilAnswered;
    private final Map<String, String> indices = new ConcurrentHashMap<>();

    public SetIndexTarget(ElasticsearchClient client, IndexNames names, int version, RetentionPolicy retention,
                          UntilAnswered untilAnswered) {
        this.client = client;
        this.names = names;
        this.version = version;
        this.retention = retention;
        this.untilAnswered = untilAnswered;
    }

    @Override
    public String forPeriod(String periodKey) {
        if (retention.expired(periodKey)) {
            return null;
        }
        return indices.computeIfAbsent(periodKey, key -> untilAnswered.call("creating " + names.index(version, key), () -> {
            String index = names.index(version, key);
            IndexCreation.createIfAbsent(client, index);
            return index;
        }));
    }

    /** The set's indices so far, by period. */
    public Map<String, String> indices() {
        return new TreeMap<>(indices);
    }
}
