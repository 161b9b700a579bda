package io.newsflow.enrich.kafka;

import io.newsflow.contract.NewsHeaders;
import io.newsflow.enrich.enrichment.UnenrichableArticleException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterReasonsTest {

    @Test
    void eachFailureHasAShortReasonCodeInTheHeader() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("news.raw", 0, 0, "k", "v");

        assertThat(reasonHeader(record, new DeserializationException("bad", new byte[0], false, new RuntimeException())))
                .isEqualTo("invalid-json");
        assertThat(reasonHeader(record, new UnenrichableArticleException("missing-id", "no id"))).isEqualTo("missing-id");
        assertThat(reasonHeader(record, new IllegalStateException("other"))).isEqualTo("enrichment-failed");
    }

    private static String reasonHeader(ConsumerRecord<String, String> record, Exception exception) {
        return new String(DeadLetterReasons.header(record, exception).lastHeader(NewsHeaders.DLT_REASON).value(),
                StandardCharsets.UTF_8);
    }
}
