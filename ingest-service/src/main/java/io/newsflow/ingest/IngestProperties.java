package io.newsflow.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * Settings of the ingest service, under {@code newsflow.ingest}. Every one has a default that works
 * on a laptop; the README's configuration table lists them.
 *
 * @param http           limits and API keys of the HTTP endpoint
 * @param maxArticleSize largest clean article (as JSON) put on news.raw; a larger one is rejected as too
 *                       large instead of failing in the producer and blocking its partition
 * @param cleaning       learning of per-source recurring paragraphs
 * @param identity       memory of published ids for duplicate and revision detection
 */
@Validated
@ConfigurationProperties("newsflow.ingest")
public record IngestProperties(
        @DefaultValue @Valid @NotNull Http http,
        @DefaultValue("900KB") @NotNull DataSize maxArticleSize,
        @DefaultValue @Valid @NotNull Cleaning cleaning,
        @DefaultValue @Valid @NotNull Identity identity) {

    /**
     * @param maxRequestSize largest request body; larger requests are answered 413
     * @param apiKeys        accepted values of header {@code X-API-Key}; empty means no key is needed
     * @param fallbackSource source name of a posted page or text that names neither a URL nor a
     *                       source (blank: reject such inputs as missing-source)
     */
    public record Http(
            @DefaultValue("5MB") @NotNull DataSize maxRequestSize,
            @DefaultValue({}) @NotNull List<String> apiKeys,
            @DefaultValue("unknown") String fallbackSource) {
        public Http {
            apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
            fallbackSource = fallbackSource == null || fallbackSource.isBlank() ? null : fallbackSource.strip();
        }
    }

    /**
     * @param recurringThreshold     a short paragraph seen in this many different articles of a source is boilerplate
     * @param maxSources             sources remembered (least recently seen forgotten first)
     * @param maxParagraphsPerSource paragraph fingerprints remembered per source
     */
    public record Cleaning(
            @DefaultValue("3") @Min(2) int recurringThreshold,
            @DefaultValue("500") @Min(1) int maxSources,
            @DefaultValue("2000") @Min(10) int maxParagraphsPerSource) {
    }

    /**
     * @param maxArticles ids kept in memory for duplicate, revision and near-duplicate detection (about
     *                    150 bytes each); an id older than that is treated as new when it comes back
     */
    public record Identity(@DefaultValue("200000") @Min(100) int maxArticles) {
    }
}
