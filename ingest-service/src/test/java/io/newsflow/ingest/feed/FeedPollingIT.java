package io.newsflow.ingest.feed;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.IngestServiceIT;
import io.newsflow.ingest.TestFeedServer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** RSS and Atom polling against a local test site, in order: first poll, unchanged feed, new entry, restart. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedPollingIT extends IngestServiceIT {

    private static final TestFeedServer SITE = TestFeedServer.get();

    @Autowired
    FeedPoller poller;
    @Autowired
    FeedProperties properties;
    @Autowired
    KafkaProperties kafkaProperties;
    @Autowired
    KafkaTemplate<String, byte[]> template;

    private FeedProperties.Source courier() {
        return properties.sources().get(0);
    }

    @Test
    @Order(1)
    void newEntriesAreTakenFromTheirPagesOrElseFromTheFeed() {
        assertThat(poller.poll(courier())).isEqualTo(3);

        RawArticle fromPage = awaitRawContaining("aberdeen-harbour-reopens-" + SITE.run());
        assertThat(fromPage.title()).isEqualTo("Aberdeen harbour reopens after three-day storm closure");
        assertThat(fromPage.body()).contains("Jimmy Buchan").doesNotContain("newsletter", "cookies");
        assertThat(fromPage.source().name()).isEqualTo("North Sea Courier");
        assertThat(fromPage.authors()).containsExactly("Fiona MacLeod");

        RawArticle pageMissing = awaitRawContaining(SITE.base() + "/news/2026/11/27/peterhead-fish-prices");
        assertThat(pageMissing.body()).isEqualTo("Prices at the Peterhead fish market rose by a fifth on Friday as the first boats returned "
                + "after Storm Ingrid kept the fleet in port for three days.\n\nBuyers said haddock fetched record prices, with some boxes selling for more than £300.");
        assertThat(pageMissing.authors()).containsExactly("Ewan Grant");
        assertThat(pageMissing.publishedAt()).isEqualTo(Instant.parse("2026-11-27T06:10:00Z"));

        RawArticle hostNotAllowed = awaitRawContaining("localhost:" + SITE.base().replaceFirst(".*:", "") + "/news/2026/11/26/gritters-out");
        assertThat(hostNotAllowed.body()).startsWith("Aberdeenshire Council sent 40 gritters out overnight");
        assertThat(SITE.requests()).noneMatch(request -> request.startsWith("localhost "));
    }

    @Test
    @Order(2)
    void anUnchangedFeedIsAskedForConditionallyAndNothingIsTakenTwice() {
        int before = SITE.requests().size();

        assertThat(poller.poll(courier())).isZero();

        assertThat(SITE.requests().subList(before, SITE.requests().size()))
                .containsExactly("127.0.0.1 /feeds/courier.rss \"courier-v1\"");
    }

    @Test
    @Order(3)
    void onlyTheNewEntryIsFetchedWhenTheFeedChanges() {
        SITE.addCourierEntry();
        int before = SITE.requests().size();

        assertThat(poller.poll(courier())).isEqualTo(1);

        assertThat(SITE.requests().subList(before, SITE.requests().size())).containsExactly(
                "127.0.0.1 /feeds/courier.rss \"courier-v1\"", "127.0.0.1 /news/2026/11/28/harbour-repairs null");
        assertThat(awaitRawContaining(SITE.base() + "/news/2026/11/28/harbour-repairs").body())
                .startsWith("Repairs to the storm-damaged north pier");
    }

    @Test
    @Order(4)
    void atomEntriesFollowRedirectsAndFallBackWhenThePageIsTooLarge() {
        assertThat(poller.poll(properties.sources().get(1))).isEqualTo(2);

        RawArticle redirected = awaitRawContaining("chipmaker-ohio-plant-" + SITE.run());
        assertThat(redirected.body()).contains("1,800 permanent jobs");
        assertThat(redirected.authors()).containsExactly("Priya Raman", "Tom Walsh");
        RawArticle tooLarge = awaitRawContaining(SITE.base() + "/big-page");
        assertThat(tooLarge.body()).isEqualTo("The page of this entry is larger than the page size limit, so its text comes from the feed.");
    }

    @Test
    @Order(5)
    void eachFeedsLastSuccessIsInTheHealthAndAMetric() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode health = JsonMapper.builder().build().readTree(http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String metrics = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();

        JsonNode feeds = health.path("components").path("feeds");
        assertThat(feeds.path("status").asString()).isEqualTo("UP");
        JsonNode courier = feeds.path("details").path("feeds").path(SITE.courierFeed());
        assertThat(courier.path("onTime").asBoolean()).isTrue();
        assertThat(courier.path("lastAttempt").asString()).isNotEmpty();
        assertThat(metrics).contains("newsflow_ingest_feed_last_success_seconds{feed=\"" + SITE.courierFeed() + "\"}");
        assertThat(metrics).contains("newsflow_ingest_feed_poll_interval_seconds{feed=\"" + SITE.courierFeed() + "\"} 300.0");
    }

    @Test
    @Order(6)
    void feedStateSurvivesARestart() {
        FeedStateStore restarted = new FeedStateStore(kafkaProperties, template);
        restarted.start();
        try {
            FeedState state = restarted.get(SITE.courierFeed());
            assertThat(state.etag()).isEqualTo("\"courier-v2\"");
            assertThat(state.seenEntries()).contains("courier-48230", "courier-48213", "courier-48212", "courier-48209");
        } finally {
            restarted.stop();
        }
    }
}
