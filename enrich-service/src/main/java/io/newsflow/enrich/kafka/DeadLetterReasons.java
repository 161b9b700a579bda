package io.newsflow.enrich.kafka;

import io.newsflow.contract.NewsHeaders;
import io.newsflow.enrich.enrichment.UnenrichableArticleException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.nio.charset.StandardCharsets;

/** The short reason code put on every dead-lettered record, besides Spring's kafka_dlt-* headers. */
final class DeadLetterReasons {

    static final String INVALID_JSON = "invalid-json";
    static final String ENRICHMENT_FAILED = "enrichment-failed";

    private DeadLetterReasons() {
    }

    static String reason(Exception exception) {
        return switch (exception) {
            case DeserializationException ignored -> INVALID_JSON;
            case UnenrichableArticleException unenrichable -> unenrichable.reason();
            default -> ENRICHMENT_FAILED;
        };
    }

    static Headers header(ConsumerRecord<?, ?> record, Exception exception) {
        return new RecordHeaders().add(NewsHeaders.DLT_REASON, reason(exception).getBytes(StandardCharsets.UTF_8));
    }
}
