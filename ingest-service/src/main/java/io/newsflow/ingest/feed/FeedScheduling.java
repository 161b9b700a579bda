package io.newsflow.ingest.feed;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Checks every few seconds which feeds are due (each has its own interval); only when feeds are
 * configured and scheduling is not switched off ({@code newsflow.ingest.feeds.scheduled=false},
 * which tests use to poll by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("'${newsflow.ingest.feeds.sources[0].url:}' != '' and ${newsflow.ingest.feeds.scheduled:true}")
class FeedScheduling {

    private final FeedPoller poller;

    FeedScheduling(FeedPoller poller) {
        this.poller = poller;
    }

    @Scheduled(fixedDelayString = "${newsflow.ingest.feeds.check-interval:10s}", initialDelayString = "${newsflow.ingest.feeds.initial-delay:5s}")
    void pollDueFeeds() {
        poller.pollDue();
    }
}
