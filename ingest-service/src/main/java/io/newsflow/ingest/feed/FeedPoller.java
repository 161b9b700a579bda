package io.newsflow.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.article.ArticleDraft;
import io.newsflow.ingest.article.IngestMetrics;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.input.HtmlArticleReader;
import io.newsflow.ingest.input.InputHints;
import io.newsflow.ingest.kafka.IngestTransactions;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Polls the configured RSS/Atom feeds: a conditional GET per feed; for each entry not taken before,
 * its page is fetched and the article extracted, or, when the page cannot be had (host not allowed,
 * error, too large, no text), the feed's own content is used. The articles of one poll and the
 * feed's new state are written in one Kafka transaction, so a crash never loses or repeats entries.
 *
 * <p>Due feeds are polled concurrently, each on a virtual thread of its own, so a slow feed never
 * delays another; the fetcher bounds the connections per host and the time of every exchange. The
 * time of each feed's last successful poll is a gauge (for the "no successful poll" alert) and feeds
 * the {@code feeds} health component.
 */
@Component
public class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedProperties properties;
    private final FeedStateStore states;
    private final IngestTransactions transactions;
    private final HtmlArticleReader pages;
    private final HttpFetcher fetcher;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Map<String, Instant> lastPolled = new ConcurrentHashMap<>();
    // Keyed by the configured feeds only, so bounded by the configuration.
    private final Map<String, FeedStatus> statuses = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService polls = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("feed-poll-", 0).factory());

    FeedPoller(FeedProperties properties, FeedStateStore states, IngestTransactions transactions,
               HtmlArticleReader pages, MeterRegistry meters, Clock clock) {
        this.properties = properties;
        this.states = states;
        this.transactions = transactions;
        this.pages = pages;
        this.fetcher = new HttpFetcher(new HostPolicy(properties), properties);
        this.meters = meters;
        this.clock = clock;
        Instant start = clock.instant();
        for (FeedProperties.Source source : properties.sources()) {
            // Until a first success, the start counts as one: a feed that never answers alerts after N intervals.
            statuses.put(source.url(), new FeedStatus(start, null, null));
            Gauge.builder("newsflow.ingest.feed.last.success", statuses, map -> map.get(source.url()).lastSuccess().toEpochMilli() / 1000.0)
                    .description("when the feed was last polled successfully (a 304 counts), Unix time")
                    .baseUnit("seconds").tag("feed", source.url()).register(meters);
            Gauge.builder("newsflow.ingest.feed.poll.interval", properties, p -> p.intervalOf(source).toMillis() / 1000.0)
                    .description("how often the feed is polled").baseUnit("seconds").tag("feed", source.url()).register(meters);
        }
    }

    /** What became of each feed's polls so far, by feed URL. */
    public Map<String, FeedStatus> statuses() {
        return Map.copyOf(statuses);
    }

    @PreDestroy
    void stop() throws IOException {
        polls.shutdownNow();
        fetcher.close();
    }

    /** Starts a poll of every feed whose interval has passed and that is not being polled already. Called by the scheduler. */
    public void pollDue() {
        Instant now = clock.instant();
        for (FeedProperties.Source source : properties.sources()) {
            Instant last = lastPolled.get(source.url());
            if ((last == null || !now.isBefore(last.plus(properties.intervalOf(source)))) && inFlight.add(source.url())) {
                lastPolled.put(source.url(), now);
                polls.execute(() -> {
                    try {
                        poll(source);
                    } finally {
                        inFlight.remove(source.url());
                    }
                });
            }
        }
    }

    /** Polls one feed now; returns the number of new entries taken. */
    public int poll(FeedProperties.Source source) {
        try {
            int taken = pollOnce(source);
            count(source, taken > 0 ? "updated" : "unchanged");
            statuses.compute(source.url(), (url, status) -> new FeedStatus(clock.instant(), clock.instant(), null));
            return taken;
        } catch (IOException | FeedException | RuntimeException e) {
            log.warn("Polling {} failed: {}", source.url(), e.toString());
            count(source, "failed");
            statuses.compute(source.url(), (url, status) -> new FeedStatus(status == null ? clock.instant() : status.lastSuccess(),
                    clock.instant(), e.getMessage()));
            return 0;
        }
    }

    private int pollOnce(FeedProperties.Source source) throws IOException, FeedException {
        FeedState state = states.get(source.url());
        Fetch fetch = fetcher.get(source.url(), properties.maxFeedSize().toBytes(), state.etag(), state.lastModified());
        if (fetch instanceof Fetch.NotModified) {
            return 0;
        }
        if (fetch instanceof Fetch.Failed failed) {
            throw new IOException(failed.reason());
        }
        Fetch.Fetched fetched = (Fetch.Fetched) fetch;
        SyndFeed feed = FeedEntries.parse(fetched.body());
        String sourceName = source.name() != null ? source.name() : feed.getTitle();
        List<SyndEntry> fresh = freshEntries(feed, state);
        List<ArticleDraft> drafts = fresh.stream().map(entry -> draft(entry, sourceName)).toList();
        List<String> taken = fresh.stream().map(FeedEntries::idOf).toList();
        FeedState next = state.after(fetched.etag(), fetched.lastModified(), taken, properties.rememberedEntries());
        transactions.inNewTransaction(IngestMetrics.Channel.FEED, batch -> {
            for (int i = 0; i < drafts.size(); i++) {
                if (batch.ingest(drafts.get(i)) instanceof IngestResult.Rejected rejected) {
                    log.info("Entry {} of {} rejected: {} ({})", taken.get(i), source.url(), rejected.rejection().reason().code(),
                            rejected.rejection().detail());
                }
            }
            states.send(source.url(), next);
            return null;
        });
        states.committed(source.url(), next);
        return fresh.size();
    }

    /** Entries not taken before, oldest first, at most the per-poll limit. */
    private List<SyndEntry> freshEntries(SyndFeed feed, FeedState state) {
        Set<String> seen = new HashSet<>(state.seenEntries());
        List<SyndEntry> fresh = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (!seen.contains(FeedEntries.idOf(entry))) {
                fresh.add(entry);
            }
        }
        // Feeds list newest first; take the oldest first so a capped poll leaves the newest for the next one.
        List<SyndEntry> oldestFirst = fresh.reversed();
        return oldestFirst.subList(0, Math.min(oldestFirst.size(), properties.maxEntriesPerPoll()));
    }

    private ArticleDraft draft(SyndEntry entry, String sourceName) {
        ArticleDraft fallback = new ArticleDraft(FeedEntries.fromFeedContent(entry, sourceName));
        if (entry.getLink() == null) {
            return fallback;
        }
        Fetch page = fetcher.get(entry.getLink(), properties.maxPageSize().toBytes(), null, null);
        if (!(page instanceof Fetch.Fetched fetched)) {
            log.info("Using the feed's content for {}: {}", entry.getLink(), page);
            return fallback;
        }
        ArticleDraft extracted = pages.read(fetched.body(), null, new InputHints(entry.getLink(), sourceName, null));
        return extracted.article().body() == null || extracted.article().body().isBlank()
                ? fallback : FeedDrafts.completed(extracted, fallback);
    }

    private void count(FeedProperties.Source source, String outcome) {
        meters.counter("newsflow.ingest.feed.polls", "feed", source.url(), "outcome", outcome).increment();
    }
}
