package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import java.io.IOException;
import java.util.Set;

/**
 * Reads and moves the readers' alias. A move is one update-aliases request (remove + add), which
 * Elasticsearch applies atomically: readers see the old index or the new one, never neither.
 */
public final class AliasSwapper {

    private final ElasticsearchClient client;
    private final String alias;

    public AliasSwapper(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** The indices the alias points at (normally exactly one); empty if the alias does not exist. */
    public Set<String> indices() throws IOException {
        if (!client.indices().existsAlias(r -> r.name(alias)).value()) {
            return Set.of();
        }
        return client.indices().getAlias(r -> r.name(alias)).aliases().keySet();
    }

    /** Points the alias at {@code target} only, in one atomic step. */
    public void pointAt(String target) throws IOException {
        Set<String> current = indices();
        client.indices().updateAliases(r -> {
            for (String index : current) {
                if (!index.equals(target)) {
                    r.actions(a -> a.remove(rm -> rm.index(index).alias(alias)));
                }
            }
            return r.actions(a -> a.add(add -> add.index(target).alias(alias).isWriteIndex(true)));
        });
    }
}
