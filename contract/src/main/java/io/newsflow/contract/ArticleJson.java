package io.newsflow.contract;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of the contract, shared by services, tools and tests so that all of them
 * read and write the same shape: ISO-8601 dates, unknown fields ignored (a newer producer must
 * not break an older consumer), nulls omitted.
 */
public final class ArticleJson {

    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private ArticleJson() {
    }

    /** Applies the contract's settings to a builder, for services that customise Boot's own mapper. */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(incl -> incl
                        .withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL));
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
