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

class SelfPromotionTest {

    @Test
    void aScrapedTextLosesTheAppealItsHeadingTheCommentPromptAndTheGluedSupportLine() {
        List<InboundItem> items = TestIngestors.inputReader().read(Fixtures.bytes("texts/broadsheet-appeal.txt"), "text/plain; charset=utf-8",
                new InputHints("https://www.capital-ledger.example/us/senate-stopgap", null, null));
        IngestResult result = TestIngestors.ingestor().ingest(((InboundItem.Article) items.getFirst()).draft(), TestIngestors.session());

        RawArticle article = ((IngestResult.Accepted) result).article();
        assertThat(article.body().split("\n\n")).containsExactly(
                "President Adams signed the stopgap spending bill on Friday night, hours before federal funding was due to run out, keeping the government open until the end of January.",
                "The Senate passed the measure by 71 votes to 28 after leaders of both parties agreed to drop a dispute over border funding. \"This is not the bill anyone wanted,\" the majority leader said on the Senate floor.",
                "Federal agencies had begun telling staff which of them would have to stay home. The last shutdown, in 2019, lasted 35 days.",
                "Analysts at the Congressional Budget Office said a shutdown of a month would have cost the economy about $11bn, of which $3bn would never be recovered.");
    }

    @Test
    void anHtmlPageLosesAMembershipAppealBesideTheArticle() {
        String appeal = "Before you go: we are a non-profit newsroom and our reporting is funded by members. Become a member today and support independent journalism for just $5 a month.";
        List<String> kept = SelfPromotion.remove(List.of(
                "The county will close two of its five recycling centres in March, officials said on Tuesday.",
                "The closures will save about $400,000 a year, according to the budget office.",
                appeal));

        assertThat(kept).hasSize(2).doesNotContain(appeal);
    }

    @Test
    void reportingAboutSupportMembershipAndSubscriptionsStays() {
        List<String> article = List.of(
                "The newspaper group said subscriptions rose by 8% last year, and that digital members now outnumber print readers.",
                "\"We rely on the support of our readers,\" said the editor, who announced that the paywall would be dropped for students.",
                "Our correspondent in Kyiv reports that volunteers are collecting donations for families who lost their homes.",
                "If you or someone you know is affected, support is available from the helpline, which is free and open day and night.",
                "Union members will vote on the offer next week; their leaders have asked them to support it.",
                "The owner sought help in the US because other forums were unfriendly, and members of the board backed the move.",
                "It is as camp as you remember, and you can import the set for the same price; the bigger omission is that the commentaries are missing.");

        assertThat(SelfPromotion.remove(article)).isEqualTo(article);
    }

    @Test
    void aPromotionalWordInTheMiddleOfAnArticleIsNotEnough() {
        List<String> article = List.of(
                "The club confirmed on Monday that its stadium will be rebuilt on the same site.",
                "We have waited twenty years for this, and our members will finally get the ground they deserve, you could say.",
                "Work is due to start in the summer and to last three seasons.",
                "The club will play its home games at the athletics stadium in the meantime.");

        assertThat(SelfPromotion.remove(article)).isEqualTo(article);
    }
}
