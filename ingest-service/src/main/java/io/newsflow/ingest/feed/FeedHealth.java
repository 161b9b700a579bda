package io.newsflow.ingest.feed;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Health component {@code feeds}: per feed, its last successful poll, last attempt and last error. DOWN
 * when no feed has had a successful poll within {@code missed-polls-alert} of its intervals (polling as a
 * whole is broken); one failing feed among working ones is a detail and an alert, not a DOWN service.
 * Not part of readiness: a broken feed must not take the HTTP and topic inputs out of the load balancer.
 */
@Component("feedsHealthIndicator")
class FeedHealth implements HealthIndicator {

    private final FeedPoller poller;
    private final FeedProperties properties;
    private final Clock clock;

    FeedHealth(FeedPoller poller, FeedProperties properties, Clock clock) {
        this.poller = poller;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Map<String, FeedStatus> statuses = poller.statuses();
        Map<String, Object> feeds = new LinkedHashMap<>();
        boolean anyOnTime = properties.sources().isEmpty();
        for (FeedProperties.Source source : properties.sources()) {
            FeedStatus status = statuses.get(source.url());
            Duration allowed = properties.intervalOf(source).multipliedBy(properties.missedPollsAlert());
            boolean onTime = !status.lastSuccess().plus(allowed).isBefore(now);
            anyOnTime |= onTime;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("lastSuccess", status.lastSuccess().toString());
            detail.put("onTime", onTime);
            if (status.lastAttempt() != null) {
                detail.put("lastAttempt", status.lastAttempt().toString());
            }
            if (status.lastError() != null) {
                detail.put("lastError", status.lastError());
            }
            feeds.put(source.url(), detail);
        }
        return (anyOnTime ? Health.up() : Health.down()).withDetail("feeds", feeds).build();
    }
}
