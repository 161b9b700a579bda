package io.newsflow.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;

/**
 * What a feeder sends, on topic {@value KafkaTopics#INBOUND} or over HTTP. Only {@code title} and
 * {@code body} are required; everything else is optional and filled in or derived by the ingest
 * service. {@code source} may be omitted when {@code url} is given (the domain names it).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InboundArticle(
        String url,
        Source source,
        String title,
        String subtitle,
        String body,
        List<String> authors,
        String language,
        Instant publishedAt,
        Instant updatedAt) {
}
