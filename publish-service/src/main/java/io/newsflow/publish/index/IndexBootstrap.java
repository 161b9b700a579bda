package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes sure readers have something to query: the template is installed and alias {@code news}
 * points at the live index set, which has an index for the current period. Idempotent and safe
 * when several instances start at once.
 */
public final class IndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final IndexTemplateInstaller installer;
    private final LiveIndexTarget live;
    private final Clock clock;
    private final AliasSwapper aliases;

    public IndexBootstrap(ElasticsearchClient client, IndexNames names, IndexTemplateInstaller installer,
                          LiveIndexTarget live, Clock clock) {
        this.client = client;
        this.names = names;
        this.installer = installer;
        this.live = live;
        this.clock = clock;
        this.aliases = new AliasSwapper(client, names);
    }

    /** Returns the indices the alias points at. */
    public Set<String> ensureIndexAndAlias() throws IOException {
        installer.install();
        if (aliases.indices().isEmpty()) {
            adoptNewestSet();
        }
        live.forPeriod(names.period().key(clock.instant()));
        return aliases.indices();
    }

    /** The alias was removed by hand: point it back at the newest partitioned set, if there is one. */
    private void adoptNewestSet() throws IOException {
        Set<String> existing = client.indices().get(r -> r.index(names.pattern())).indices().keySet();
        Map<String, String> newest = new TreeMap<>();
        int version = names.highestVersion(existing.stream().filter(i -> names.periodOf(i).isPresent()).toList());
        for (String index : existing) {
            if (names.versionOf(index).orElse(0) == version) {
                names.periodOf(index).ifPresent(key -> newest.put(key, index));
            }
        }
        if (!newest.isEmpty()) {
            aliases.swap(Set.of(), newest);
            log.info("Pointed alias {} at the existing index set {}", names.alias(), newest.values());
        }
    }
}
