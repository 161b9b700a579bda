package io.newsflow.publish.connection;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What Boot's {@code spring.elasticsearch.*} does not cover, under {@code newsflow.publish.elasticsearch.*}.
 * URIs, {@code username}/{@code password}, {@code api-key} and the SSL bundle stay Boot's.
 *
 * @param caFingerprint  SHA-256 of the CA certificate that issued the node's HTTP certificate, hex with or without
 *                       colons (Elasticsearch prints it at its first start); an alternative to an SSL bundle
 * @param verifyHostname whether the node's certificate must name the host of the URI (default true)
 */
@Validated
@ConfigurationProperties("newsflow.publish.elasticsearch")
public record ElasticsearchConnectionProperties(
        @Pattern(regexp = "(?i)([0-9a-f]{2}:?){31}[0-9a-f]{2}", message = "must be a SHA-256 fingerprint: 64 hex digits, colons allowed")
        String caFingerprint,
        @DefaultValue("true") boolean verifyHostname) {
}
