package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.get_index_template.IndexTemplateItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Installs the index template when it is missing or older than the one this build carries, or
 * when the configured shard layout changed (it applies to indices created from then on: the next
 * period, or a rebuild). Never downgrades: an older instance starting during a roll-out leaves a
 * newer template alone.
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
        IndexTemplateItem item = installed();
        Long installed = item == null ? null : item.indexTemplate().version() == null ? 0L : item.indexTemplate().version();
        if (installed != null && (installed > template.version()
                || installed == template.version() && template.layout().equals(layoutOf(item)))) {
            return false;
        }
        client.indices().putIndexTemplate(r -> r.name(name).withJson(template.body()));
        log.info("Installed index template {} version {} (was {})", name, template.version(), installed);
        return true;
    }

    private IndexTemplateItem installed() throws IOException {
        if (!client.indices().existsIndexTemplate(r -> r.name(name)).value()) {
            return null;
        }
        return client.indices().getIndexTemplate(r -> r.name(name)).indexTemplates().stream().findFirst().orElse(null);
    }

    private static String layoutOf(IndexTemplateItem item) {
        var meta = item.indexTemplate().meta();
        return meta == null || !meta.containsKey("layout") ? "" : meta.get("layout").to(String.class);
    }
}
