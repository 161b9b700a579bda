package io.newsflow.publish.bulk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ItemOutcomeTest {

    @ParameterizedTest(name = "{0} answered {1} {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "UPSERT, 201, -, APPLIED",
            "UPSERT, 200, -, APPLIED",
            "DELETE, 200, -, APPLIED",
            "UPSERT, 409, version_conflict_engine_exception, STALE",
            "DELETE, 404, -, ABSENT",
            "DELETE, 404, index_not_found_exception, RETRYABLE",
            "UPSERT, 404, index_not_found_exception, RETRYABLE",
            "UPSERT, 429, es_rejected_execution_exception, RETRYABLE",
            "UPSERT, 429, -, RETRYABLE",
            "UPSERT, 503, unavailable_shards_exception, RETRYABLE",
            "UPSERT, 500, some_internal_exception, RETRYABLE",
            "UPSERT, 403, cluster_block_exception, RETRYABLE",
            "UPSERT, 400, document_parsing_exception, REJECTED",
            "UPSERT, 400, strict_dynamic_mapping_exception, REJECTED",
            "UPSERT, 400, illegal_argument_exception, REJECTED",
    })
    void classifiesByStatusAndErrorType(DocumentOperation.Kind kind, int status, String type, ItemOutcome expected) {
        assertThat(ItemOutcome.classify(kind, status, type)).isEqualTo(expected);
    }
}
