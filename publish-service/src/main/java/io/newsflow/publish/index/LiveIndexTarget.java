package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live writes: each period's documents go through that period's write alias ({@code news-2026.12}),
 * which a rebuild moves atomically to its new index. A period seen for the first time gets an
 * index of the live set (the version the readers' alias points at) with both aliases. Several
 * instances may do this at once: creating is idempotent. Which periods exist is Elasticsearch's
 * knowledge; the set here only saves asking again, and holds one entry per period (a few hundred
 * over decades), not per article.
 */
public final class LiveIndexTarget implements IndexTarget {

    private static final Logger log = LoggerFactory.getLogger(LiveIndexTarget.class);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final RetentionPolicy retention;
    private final AliasSwapper aliases;
    private final UntilAnswered untilAnswered;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    public LiveIndexTarget(ElasticsearchClient client, IndexNames names, RetentionPolicy retention,
                           UntilAnswered untilAnswered) {
        this.client = client;
        this.untilAnswered = untilAnswered;
        this.names = names;
        this.retention = retention;
        this.aliases = new AliasSwapper(client, names);
    }

    @Override
    public String forPeriod(String periodKey) {
        if (retention.expired(periodKey)) {
            return null;
        }
        String alias = names.periodAlias(periodKey);
        if (!known.contains(alias)) {
            untilAnswered.call("index for " + periodKey, () -> ensure(periodKey, alias));
            known.add(alias);
        }
        return alias;
    }

    private boolean ensure(String periodKey, String alias) throws IOException {
        if (client.indices().existsAlias(r -> r.name(alias)).value()) {
            return false;
        }
        int version = Math.max(1, names.highestVersion(aliases.indices()));
        String index = names.index(version, periodKey);
        if (IndexCreation.createIfAbsent(client, index)) {
            log.info("Created index {} for period {}", index, periodKey);
        }
        // Adding an alias an index already has is a no-op, so racing instances agree.
        client.indices().updateAliases(r -> r.actions(List.of(ReaderAlias.add(names, index, periodKey))));
        return true;
    }
}
