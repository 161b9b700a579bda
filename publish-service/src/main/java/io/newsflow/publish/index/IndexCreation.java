package io.newsflow.publish.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import java.io.IOException;

/** Creates an index from the template unless it exists: instances and reader threads race to create a month. */
final class IndexCreation {

    private IndexCreation() {
    }

    /** Returns true if this call created it. */
    static boolean createIfAbsent(ElasticsearchClient client, String index) throws IOException {
        try {
            client.indices().create(r -> r.index(index));
            return true;
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
            return false;
        }
    }
}
