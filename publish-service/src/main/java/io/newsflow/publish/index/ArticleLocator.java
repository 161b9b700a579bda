package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;

import java.util.Optional;

/**
 * Finds which period holds an article, and its indexed revision, for a tombstone that does not say
 * (one produced without {@code NewsHeaders.RETRACTED_REVISION} / {@code FIRST_RECEIVED_AT}).
 */
public final class ArticleLocator {

    /** Where an article is: its index's period and its indexed revision. */
    public record Location(String periodKey, long revision) {
    }

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final UntilAnswered untilAnswered;

    public ArticleLocator(ElasticsearchClient client, IndexNames names, UntilAnswered untilAnswered) {
        this.client = client;
        this.names = names;
        this.untilAnswered = untilAnswered;
    }

    public Optional<Location> locate(String id) {
        var hits = untilAnswered.call("locating " + id, () -> client.search(r -> r.index(names.alias()).size(1)
                .version(true).source(s -> s.fetch(false)).query(q -> q.ids(i -> i.values(id))), Void.class).hits().hits());
        return hits.stream().findFirst().flatMap(this::location);
    }

    private Optional<Location> location(Hit<Void> hit) {
        return names.periodOf(hit.index()).map(key -> new Location(key, hit.version() == null ? 0 : hit.version()));
    }
}
