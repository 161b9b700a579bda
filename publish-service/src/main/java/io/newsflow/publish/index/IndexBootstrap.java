package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Set;

/**
 * Makes sure readers have something to query: the template is installed and alias {@code news}
 * points at a versioned index. Idempotent and safe when several instances start at once.
 */
public final class IndexBootstrap {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final IndexTemplateInstaller installer;
    private final AliasSwapper aliases;

    public IndexBootstrap(ElasticsearchClient client, IndexNames names, IndexTemplateInstaller installer) {
        this.client = client;
        this.names = names;
        this.installer = installer;
        this.aliases = new AliasSwapper(client, names.alias());
    }

    /** Returns the index the alias points at. */
    public String ensureIndexAndAlias() throws IOException {
        installer.install();
        Set<String> current = aliases.indices();
        if (!current.isEmpty()) {
            return current.iterator().next();
        }
        // No alias: adopt the newest existing version (the alias was removed by hand), or create v1.
        int highest = names.highestVersion(client.indices().get(r -> r.index(names.pattern())).indices().keySet());
        String target = names.version(Math.max(highest, 1));
        if (highest == 0) {
            try {
                client.indices().create(r -> r.index(target).aliases(names.alias(), a -> a.isWriteIndex(true)));
                log.info("Created index {} behind alias {}", target, names.alias());
                return target;
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
                // Another instance created it a moment ago; fall through and make sure of the alias.
            }
        }
        if (aliases.indices().isEmpty()) {
            aliases.pointAt(target);
            log.info("Pointed alias {} at existing index {}", names.alias(), target);
        }
        return aliases.indices().iterator().next();
    }
}
