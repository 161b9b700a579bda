package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.get_index_template.IndexTemplateItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Installs the index template when it is missing or older than the one this build carries.
 * Never downgrades: an older instance starting during a roll-out leaves a newer template alone.
 */
public final class IndexTemplateInstaller {

    private static final Logger log = LoggerFactory.getLogger(IndexTemplateInstaller.class);

    private final ElasticsearchClient client;
    private final String name;
    private final IndexTemplate template;

    public IndexTemplateInstaller(ElasticsearchClient client, String name, IndexTemplate template) {
        this.client = client;
        this.name = name;
        this.template = template;
    }

    /** Returns true if it (re)installed the template. */
    public boolean install() throws IOException {
        Long installed = installedVersion();
        if (installed != null && installed >= template.version()) {
            return false;
        }
        client.indices().putIndexTemplate(r -> r.name(name).withJson(template.body()));
        log.info("Installed index template {} version {} (was {})", name, template.version(), installed);
        return true;
    }

    private Long installedVersion() throws IOException {
        if (!client.indices().existsIndexTemplate(r -> r.name(name)).value()) {
            return null;
        }
        return client.indices().getIndexTemplate(r -> r.name(name)).indexTemplates().stream()
                .map(IndexTemplateItem::indexTemplate)
                .map(t -> t.version() == null ? 0L : t.version())
                .findFirst().orElse(null);
    }
}
