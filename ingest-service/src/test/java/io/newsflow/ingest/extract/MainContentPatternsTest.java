package io.newsflow.ingest.extract;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page layouts that made extraction lose the article, each written here in the way real sites write it. */
class MainContentPatternsTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedPage extract(String html) {
        return extractor.extract(Jsoup.parse(html, "https://www.valley-echo.example/news/2026/11/27/mill-reopens"));
    }

    private static final String LEAD = "The old wool mill in Kelso reopened on Friday, two years after the flood that closed it, with forty jobs and a shop.";
    private static final String SECOND = "Its new owners, a cooperative of local weavers, said orders from Japan and Italy had filled the first six months of production.";
    private static final String THIRD = "The council, which lent the cooperative £200,000, said the loan would be repaid over ten years from the mill's rent.";

    @Test
    void aWrapperWhoseClassNamesANoiseWordStillGivesTheArticle() {
        ExtractedPage page = extract("""
                <html><body><div class="page-wrapper widget-area modal-host"><div class="content">
                <h1>Mill reopens</h1><p>%s</p><p>%s</p><p>%s</p></div>
                <div class="sidebar"><p>Read our guide to the best walks in the Borders this winter, with maps and tips.</p></div>
                </div></body></html>""".formatted(LEAD, SECOND, THIRD));

        assertThat(page.body()).contains(LEAD, SECOND, THIRD).doesNotContain("best walks");
    }

    @Test
    void aFormWrappingTheWholePageIsNotRemoved() {
        ExtractedPage page = extract("""
                <html><body><form id="aspnetForm" action="/news.aspx"><header><a href="/">Valley Echo</a></header>
                <div id="story"><p>%s</p><p>%s</p><p>%s</p></div></form></body></html>""".formatted(LEAD, SECOND, THIRD));

        assertThat(page.body()).contains(LEAD, SECOND, THIRD);
    }

    @Test
    void proseBrokenByBrAndBareTextBesideBlocksIsRead() {
        ExtractedPage page = extract("""
                <html><body><table><tr><td class="menu"><a href="/">Home</a> <a href="/news">News</a></td>
                <td class="story">%s<br><br>%s<br><br><b>Orders</b> %s<div class="ad">Advertisement</div></td></tr></table></body></html>"""
                .formatted(LEAD, SECOND, THIRD));

        assertThat(page.body()).isEqualTo(LEAD + "\n\n" + SECOND + "\n\nOrders " + THIRD);
    }

    @Test
    void anArticleSplitIntoOneWrapperPerParagraphIsGatheredWhole() {
        ExtractedPage page = extract("""
                <html><body><article><h1>Mill reopens</h1>
                <div class="text-block"><div class="inner"><p>%s</p></div></div>
                <div class="ad-slot"></div>
                <div class="text-block"><div class="inner"><p>%s</p></div></div>
                <figure><img src="mill.jpg"><figcaption>The mill on Friday. Photo: Ann Reid</figcaption></figure>
                <div class="text-block"><div class="inner"><p>%s</p></div></div>
                </article><aside><p>You may also like: ten Borders mills and what became of them, from Galashiels to Hawick.</p></aside></body></html>"""
                .formatted(LEAD, SECOND, THIRD));

        assertThat(page.body()).isEqualTo(LEAD + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    @Test
    void theJsonLdArticleBodyIsDecodedAndStrippedOfMarkup() {
        ExtractedPage page = extract("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Mill reopens",
                "articleBody":"&lt;p&gt;The mill &amp;amp; its shop reopened on Friday.&lt;/p&gt;&lt;p&gt;Forty people work there.&lt;/p&gt;"}</script>
                </head><body><div id="app"></div></body></html>""");

        assertThat(page.body()).isEqualTo("The mill & its shop reopened on Friday.\n\nForty people work there.");
    }
}
