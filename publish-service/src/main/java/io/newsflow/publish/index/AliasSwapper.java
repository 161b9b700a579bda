package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and moves the readers' alias and the periods' write aliases. A move of a whole index set
 * is one update-aliases request, which Elasticsearch applies atomically: readers see the old set
 * or the new one, never neither and never both.
 */
public final class AliasSwapper {

    private final ElasticsearchClient client;
    private final IndexNames names;

    public AliasSwapper(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** The indices the readers' alias points at; empty if the alias does not exist. */
    public Set<String> indices() throws IOException {
        if (!client.indices().existsAlias(r -> r.name(names.alias())).value()) {
            return Set.of();
        }
        return client.indices().getAlias(r -> r.name(names.alias())).aliases().keySet();
    }

    /**
     * Points the readers' alias and each period's write alias at {@code target} (period key -> index)
     * instead of {@code previous}, in one atomic step.
     */
    public void swap(Set<String> previous, Map<String, String> target) throws IOException {
        List<Action> actions = new ArrayList<>();
        if (!previous.isEmpty()) {
            var held = client.indices().getAlias(r -> r.index(List.copyOf(previous))).aliases();
            held.forEach((index, aliases) -> aliases.aliases().keySet().stream()
                    .filter(alias -> alias.equals(names.alias()) || isPeriodAlias(alias))
                    .forEach(alias -> actions.add(Action.of(a -> a.remove(rm -> rm.index(index).alias(alias))))));
        }
        target.forEach((periodKey, index) -> actions.addAll(List.of(ReaderAlias.add(names, index, periodKey))));
        client.indices().updateAliases(r -> r.actions(actions));
    }

    private boolean isPeriodAlias(String alias) {
        String prefix = names.alias() + "-";
        return alias.startsWith(prefix) && names.period().endOf(alias.substring(prefix.length())).isPresent();
    }
}
