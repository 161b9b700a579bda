package io.newsflow.ingest.input;

import io.newsflow.ingest.TestIngestors;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.identity.IdentitySession;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Two different articles whose pages claim the same canonical address (the home page) stay two articles. */
class LyingCanonicalTest {

    private static final String PAGE = """
            <html lang="en"><head><title>%1$s | Harbour Times</title>
            <link rel="canonical" href="%2$s">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"%1$s","mainEntityOfPage":"True"}</script>
            </head><body><article><h1>%1$s</h1>
            <p>%3$s The council said on Thursday that it would publish the full figures next week, after a meeting with the unions.</p>
            <p>Members of the harbour board were not available for comment, and the operator said it would not speculate on the outcome.</p>
            </article></body></html>""";

    private static IngestResult post(IdentitySession session, String url, String canonical, String title, String lead) {
        byte[] page = PAGE.formatted(title, canonical, lead).getBytes(StandardCharsets.UTF_8);
        InboundItem item = TestIngestors.inputReader().read(page, "text/html", new InputHints(url, null, null)).getFirst();
        return TestIngestors.ingestor().ingest(((InboundItem.Article) item).draft(), session);
    }

    @Test
    void aCanonicalPointingAtTheHomePageDoesNotMergeTwoArticles() {
        IdentitySession session = TestIngestors.session();
        IngestResult first = post(session, "https://www.harbour-times.example/news/ferry-strike-ends", "https://www.harbour-times.example/",
                "Ferry strike ends", "The ferry strike ended on Wednesday night.");
        IngestResult second = post(session, "https://www.harbour-times.example/news/bridge-tolls-rise", "//www.harbour-times.example",
                "Bridge tolls rise", "Tolls on the harbour bridge will rise in January.");

        assertThat(first).isInstanceOf(IngestResult.Accepted.class);
        assertThat(second).isInstanceOf(IngestResult.Accepted.class);
        IngestResult.Accepted a = (IngestResult.Accepted) first;
        IngestResult.Accepted b = (IngestResult.Accepted) second;
        assertThat(a.article().id()).isNotEqualTo(b.article().id());
        assertThat(a.article().canonicalUrl()).isEqualTo("https://www.harbour-times.example/news/ferry-strike-ends");
        assertThat(b.article().revision()).isEqualTo(1);
    }

    @Test
    void aRelativeCanonicalIsResolvedInsteadOfRejectingThePage() {
        IngestResult result = post(TestIngestors.session(), "https://www.harbour-times.example/news/ferry-strike-ends?ref=rss",
                "/news/ferry-strike-ends", "Ferry strike ends", "The ferry strike ended on Wednesday night.");

        assertThat(result).isInstanceOf(IngestResult.Accepted.class);
        assertThat(((IngestResult.Accepted) result).article().canonicalUrl()).isEqualTo("https://www.harbour-times.example/news/ferry-strike-ends");
    }
}
