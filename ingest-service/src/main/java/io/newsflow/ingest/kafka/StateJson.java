package io.newsflow.ingest.kafka;

import io.newsflow.contract.ArticleJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of the service's own state records (article identities, feed state): the contract's mapping,
 * except that a number or flag missing from a record written by an older version reads as 0/false
 * instead of making the record unreadable, so adding a field never makes the service forget state.
 */
public final class StateJson {

    private static final JsonMapper MAPPER = ArticleJson.configure(JsonMapper.builder())
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private StateJson() {
    }

    public static byte[] write(Object state) {
        return MAPPER.writeValueAsBytes(state);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
