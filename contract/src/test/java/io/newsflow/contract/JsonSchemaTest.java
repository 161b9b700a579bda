package io.newsflow.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the published JSON Schemas and the Java records from drifting apart. */
class JsonSchemaTest {

    @ParameterizedTest
    @CsvSource({
            "inbound-article.schema.json, io.newsflow.contract.InboundArticle",
            "raw-article.schema.json, io.newsflow.contract.RawArticle",
            "enriched-article.schema.json, io.newsflow.contract.EnrichedArticle",
            "source.schema.json, io.newsflow.contract.Source"})
    void schemaDescribesEveryFieldOfTheRecord(String schemaFile, Class<? extends Record> type) throws IOException {
        JsonNode schema = readSchema(schemaFile);
        List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(schema.get("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(fields);
        schema.path("required").forEach(required -> assertThat(fields).contains(required.asString()));
    }

    private static JsonNode readSchema(String file) throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/schema/" + file)) {
            assertThat(in).as(file).isNotNull();
            return ArticleJson.mapper().readTree(in);
        }
    }
}
