package io.newsflow.ingest.extract;

import io.newsflow.ingest.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedPage extract(String fixture, String url) {
        return extractor.extract(Jsoup.parse(Fixtures.text("pages/" + fixture), url));
    }

    @Test
    void jsonLdNewsArticleGivesTheMetadata() {
        ExtractedPage page = extract("northsea-courier-harbour.html", "https://www.northsea-courier.example/news/2026/11/27/aberdeen-harbour-reopens");

        assertThat(page.title()).isEqualTo("Aberdeen harbour reopens after three-day storm closure");
        assertThat(page.subtitle()).startsWith("Ferries to Orkney and Shetland resume");
        assertThat(page.authors()).containsExactly("Fiona MacLeod");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2026-11-27T07:30:00Z"));
        assertThat(page.modifiedAt()).isEqualTo(Instant.parse("2026-11-27T09:05:00Z"));
        assertThat(page.canonicalUrl()).isEqualTo("https://www.northsea-courier.example/news/2026/11/27/aberdeen-harbour-reopens");
        assertThat(page.siteName()).isEqualTo("North Sea Courier");
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.leadImage()).isEqualTo("https://cdn.northsea-courier.example/images/2026/11/harbour-ferry-1200.jpg");
    }

    @Test
    void mainContentLeavesOutPageFurniture() {
        ExtractedPage page = extract("northsea-courier-harbour.html", "https://www.northsea-courier.example/news/x");

        assertThat(page.body())
                .contains("Aberdeen harbour reopened on Friday morning")
                .contains("found no structural damage")
                .contains("Jimmy Buchan")
                .contains("gusts of up to 60mph are still expected along the Moray coast on Saturday.")
                .doesNotContain("cookies", "Sign up to our free daily newsletter", "Storm Ingrid: roads closed",
                        "Thousands still without power", "Most read", "All rights reserved", "Photo: Colin Rennie",
                        "Advertisement", "Join the conversation");
    }

    @Test
    void openGraphAndMetaTagsWithoutJsonLd() {
        ExtractedPage page = extract("capital-herald-debate.html", "https://capitalherald.example/politics/carter-reid-final-debate-housing/");

        assertThat(page.title()).isEqualTo("Carter and Reid clash over housing in final debate");
        assertThat(page.subtitle()).startsWith("The prime minister and the opposition leader traded blows");
        assertThat(page.authors()).containsExactly("Daniel Okafor");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2026-11-26T21:45:00Z"));
        assertThat(page.canonicalUrl()).isEqualTo("https://capitalherald.example/politics/carter-reid-final-debate-housing/");
        assertThat(page.siteName()).isEqualTo("Capital Herald");
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.leadImage()).isEqualTo("https://capitalherald.example/media/2026/11/debate-stage.jpg");
        assertThat(page.body())
                .startsWith("By Daniel Okafor")
                .contains("Prime Minister Helen Carter and opposition leader Marcus Reid clashed over housing")
                .contains("Rents and planning")
                .contains("Voters go to the polls on 3 December.")
                .doesNotContain("Ten things we learned", "Terms", "General election 2026", "election podcast", "Comments (132)");
    }

    @Test
    void wordPressPageWithJsonLdGraphAndSharingWidgets() {
        ExtractedPage page = extract("valleytech-chip-plant.html", "https://valleytech.example/2026/11/chipmaker-ohio-plant/");

        assertThat(page.title()).isEqualTo("Chipmaker picks Ohio valley for $4bn plant");
        assertThat(page.authors()).containsExactly("Priya Raman", "Tom Walsh");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2026-11-25T19:02:11Z"));
        assertThat(page.siteName()).isEqualTo("ValleyTech");
        assertThat(page.leadImage()).isEqualTo("https://valleytech.example/wp-content/uploads/2026/11/fab.jpg");
        assertThat(page.body())
                // The dateline is gathered with the article (its header); the cleaner drops it as a byline (FixtureCleaningTest).
                .startsWith("Posted on November 25, 2026 by Priya Raman\n\nSemiconductor maker Arcline Devices will build a $4bn chip packaging plant")
                .contains("1,800 permanent jobs, most paying above the county median")
                .contains("“The valley has the workforce, the river and the power we need,” she said.")
                .endsWith("the largest private investment in Washington County’s history.")
                .doesNotContain("Share this", "Like this", "Loading", "Leave a Reply", "Posted in", "Skip to content");
    }

    @Test
    void siteNameSuffixIsCutFromTheTitle() {
        assertThat(Headline.withoutSiteSuffix("Harbour reopens | North Sea Courier", "North Sea Courier")).isEqualTo("Harbour reopens");
        assertThat(Headline.withoutSiteSuffix("Harbour reopens", "North Sea Courier")).isEqualTo("Harbour reopens");
    }

    @Test
    void datesInTheFormsPagesUse() {
        assertThat(Dates.parse("2026-11-27T07:30:00+01:00")).isEqualTo(Instant.parse("2026-11-27T06:30:00Z"));
        assertThat(Dates.parse("2026-11-27T07:30:00+0100")).isEqualTo(Instant.parse("2026-11-27T06:30:00Z"));
        assertThat(Dates.parse("2026-11-27 07:30")).isEqualTo(Instant.parse("2026-11-27T07:30:00Z"));
        assertThat(Dates.parse("2026-11-27")).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(Dates.parse("Fri, 27 Nov 2026 07:30:00 GMT")).isEqualTo(Instant.parse("2026-11-27T07:30:00Z"));
        assertThat(Dates.parse("last Friday")).isNull();
    }
}
