package io.newsflow.ingest.clean;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.Fixtures;
import io.newsflow.ingest.TestIngestors;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.input.InboundItem;
import io.newsflow.ingest.input.InputHints;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole pipeline (read, extract, clean, normalise, identify) on pages and texts written like real ones. */
class FixtureCleaningTest {

    private static RawArticle ingest(String fixture, String contentType, InputHints hints) {
        List<InboundItem> items = TestIngestors.inputReader().read(Fixtures.bytes(fixture), contentType, hints);
        IngestResult result = TestIngestors.ingestor().ingest(((InboundItem.Article) items.getFirst()).draft(), TestIngestors.session());
        assertThat(result).isInstanceOf(IngestResult.Accepted.class);
        return ((IngestResult.Accepted) result).article();
    }

    private static List<String> paragraphs(RawArticle article) {
        return List.of(article.body().split("\n\n"));
    }

    @Test
    void newsPageWithAppealGluedToTheFirstSentence() {
        RawArticle article = ingest("pages/northsea-courier-harbour.html", "text/html",
                new InputHints("https://www.northsea-courier.example/news/2026/11/27/aberdeen-harbour-reopens?utm_source=rss", null, null));

        assertThat(paragraphs(article)).containsExactly(
                "Aberdeen harbour reopened on Friday morning after Storm Ingrid forced its closure for three days, stranding hundreds of travellers and delaying fish landings worth an estimated £4 million.",
                "The Port of Aberdeen said divers had inspected the quay walls overnight and found no structural damage. Chief executive Bob Sanguinetti said the first NorthLink ferry to Kirkwall would sail at noon.",
                "\"Our teams worked through the night to clear debris from the navigation channel,\" Mr Sanguinetti said. \"Safety comes first, but we know how much the islands depend on this link.\"",
                "Fishermen at the quayside said the closure had cost the fleet three days at sea in the busiest month of the year. Jimmy Buchan, who skippers a whitefish boat out of Peterhead, said prices at Friday's market had risen by a fifth.",
                "The Met Office has lifted its amber wind warning for the north-east of Scotland, although gusts of up to 60mph are still expected along the Moray coast on Saturday.");
        assertThat(article.canonicalUrl()).isEqualTo("https://www.northsea-courier.example/news/2026/11/27/aberdeen-harbour-reopens");
        assertThat(article.source().name()).isEqualTo("North Sea Courier");
        assertThat(article.source().domain()).isEqualTo("northsea-courier.example");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.leadImage()).endsWith("harbour-ferry-1200.jpg");
    }

    @Test
    void pageWithRepeatedBylineAdvertLabelAndSubscriptionAppeal() {
        RawArticle article = ingest("pages/capital-herald-debate.html", "text/html; charset=utf-8", InputHints.NONE);

        assertThat(paragraphs(article)).containsExactly(
                "Prime Minister Helen Carter and opposition leader Marcus Reid clashed over housing on Wednesday night in the last televised debate before polling day, with both promising to build more homes faster than the other.",
                "Ms Carter said her government had \"cleared the way\" for 300,000 homes a year by loosening planning rules, while Mr Reid accused her of presiding over \"the worst decade for renters in living memory\".",
                "The debate, hosted by the BBC in Cardiff, drew an audience of 4.2 million, according to overnight figures, fewer than the first debate in October.",
                "Rents and planning",
                "Mr Reid said a Labour government would cap rent rises in the private sector at inflation for three years, a policy Ms Carter called \"a freeze on supply dressed up as help\".",
                "Snap polling by Deltapoll found 48% of viewers thought Mr Reid had performed better, against 44% for Ms Carter.",
                "Voters go to the polls on 3 December.");
        assertThat(article.authors()).containsExactly("Daniel Okafor");
        assertThat(article.source().domain()).isEqualTo("capitalherald.example");
    }

    @Test
    void wordPressPageKeepsItsListAndDropsTheWidgets() {
        RawArticle article = ingest("pages/valleytech-chip-plant.html", "text/html", InputHints.NONE);

        assertThat(paragraphs(article)).hasSize(8)
                .startsWith("Semiconductor maker Arcline Devices will build a $4bn chip packaging plant near Marietta, Ohio, creating about 1,800 jobs, the company said on Tuesday.")
                .contains("Water drawn from the Ohio river and treated on site")
                .endsWith("Local officials said the plant would be the largest private investment in Washington County’s history.");
        assertThat(article.authors()).containsExactly("Priya Raman", "Tom Walsh");
    }

    @Test
    void scrapedTextWithNewsletterPromptGluedToTheFirstSentence() {
        RawArticle article = ingest("texts/harbour-scraped.txt", "text/plain", new InputHints(null, "North Sea Courier", null));

        assertThat(article.title()).isEqualTo("Aberdeen harbour reopens after three-day storm closure");
        assertThat(paragraphs(article)).containsExactly(
                "Aberdeen harbour reopened on Friday morning after Storm Ingrid forced its closure for three days, stranding hundreds of travellers and delaying fish landings worth an estimated £4 million.",
                "The Port of Aberdeen said divers had inspected the quay walls overnight and found no structural damage. Chief executive Bob Sanguinetti said the first NorthLink ferry to Kirkwall would sail at noon.",
                "\"Our teams worked through the night to clear debris from the navigation channel,\" Mr Sanguinetti said. \"Safety comes first, but we know how much the islands depend on this link.\"",
                "The Met Office has lifted its amber wind warning for the north-east of Scotland, although gusts of up to 60mph are still expected along the Moray coast on Saturday.");
    }

    @Test
    void scrapedTextWithAppPromptGluedWithoutAFullStop() {
        RawArticle article = ingest("texts/council-vote-glued.txt", "text/plain", new InputHints(null, "Southmoor Gazette", null));

        assertThat(article.title()).isEqualTo("Council backs 8% rise in tax to save libraries");
        assertThat(paragraphs(article)).containsExactly(
                "Southmoor council voted on Thursday to raise council tax by 8%, the largest increase allowed without a referendum, to keep the borough's eleven libraries open.",
                "Councillors approved the budget by 31 votes to 24 after a four-hour meeting. Council leader Anita Shah said the rise would cost a typical household £2.10 a week.",
                "\"Nobody comes into politics to put up taxes,\" she said. \"But closing libraries would have cost this town far more.\"",
                "The opposition group said it would have sold the council's stake in the local airport instead.");
    }
}
