package io.newsflow.ingest.feed;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * RSS/Atom polling, under {@code newsflow.ingest.feeds}.
 *
 * @param sources          the feeds to poll
 * @param pollInterval     how often each feed is fetched (a source may set its own)
 * @param allowedHosts     hosts article pages may be fetched from besides the feeds' own hosts
 * @param allowedPorts     ports that may be fetched from (besides each configured feed's own port on its host)
 * @param allowLoopback    whether hosts may resolve to loopback addresses (tests, a feed on the same machine)
 * @param allowPrivateNetworks whether hosts may resolve to private, link-local or unique-local addresses
 * @param maxConnectionsPerHost fetches at the same time from one host (port and scheme); other hosts never wait for it
 * @param missedPollsAlert polls in a row a feed may miss before its health says so (the alert uses the same number)
 * @param connectTimeout   TCP connect timeout of every fetch
 * @param readTimeout      time allowed for a whole exchange: every redirect hop, the headers and the whole body
 * @param maxRedirects     redirects followed per fetch (each hop must stay on an allowed host)
 * @param maxFeedSize      larger feed documents are not read
 * @param maxPageSize      larger article pages are not read (the feed's own content is used)
 * @param maxEntriesPerPoll new entries taken per poll; the rest wait for the next poll
 * @param rememberedEntries entry ids remembered per feed to recognise entries already taken
 * @param userAgent        sent with every request
 */
@Validated
@ConfigurationProperties("newsflow.ingest.feeds")
public record FeedProperties(
        @DefaultValue({}) @Valid @NotNull List<Source> sources,
        @DefaultValue("5m") @NotNull Duration pollInterval,
        @DefaultValue({}) @NotNull List<String> allowedHosts,
        @DefaultValue({"80", "443"}) @NotNull List<@Min(1) @Max(65535) Integer> allowedPorts,
        @DefaultValue("false") boolean allowLoopback,
        @DefaultValue("false") boolean allowPrivateNetworks,
        @DefaultValue("2") @Min(1) int maxConnectionsPerHost,
        @DefaultValue("3") @Min(1) int missedPollsAlert,
        @DefaultValue("5s") @NotNull Duration connectTimeout,
        @DefaultValue("20s") @NotNull Duration readTimeout,
        @DefaultValue("3") @Min(0) int maxRedirects,
        @DefaultValue("5MB") @NotNull DataSize maxFeedSize,
        @DefaultValue("3MB") @NotNull DataSize maxPageSize,
        @DefaultValue("50") @Min(1) int maxEntriesPerPoll,
        @DefaultValue("2000") @Min(10) int rememberedEntries,
        @DefaultValue("NewsflowIngest/0.1 (+https://github.com/newsflow)") @NotBlank String userAgent) {

    public FeedProperties {
        sources = sources == null ? List.of() : List.copyOf(sources);
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        allowedPorts = allowedPorts == null ? List.of() : List.copyOf(allowedPorts);
    }

    /**
     * @param url          the feed's URL (RSS 2.0, RSS 1.0 or Atom)
     * @param name         source name of its articles (default: the feed's title)
     * @param pollInterval overrides the global poll interval for this feed
     */
    public record Source(@NotBlank String url, String name, Duration pollInterval) {
    }

    /** The interval of this feed: its own, else the global one. */
    public Duration intervalOf(Source source) {
        return source.pollInterval() != null ? source.pollInterval() : pollInterval;
    }
}
