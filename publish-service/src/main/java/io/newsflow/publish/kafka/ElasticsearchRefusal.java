package io.newsflow.publish.kafka;

import io.newsflow.contract.ReasonCode;

/**
 * Elasticsearch refused the document itself (a mapping or parsing error): reason
 * {@code es-<error type>}, for example {@code es-document_parsing_exception}. The one open family
 * of reason codes: Elasticsearch names its error types, so their counters appear with the first.
 */
public record ElasticsearchRefusal(String errorType) implements ReasonCode {

    @Override
    public String code() {
        return "es-" + errorType;
    }
}
