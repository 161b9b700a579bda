package io.newsflow.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageAddressTest {

    private static final String POSTED = "https://www.harbour-times.example/news/2026/11/27/ferry-strike-ends";

    private static String canonical(String page, String link) {
        return PageAddress.choose(page, null, link);
    }

    @Test
    void relativeProtocolRelativeAndSchemelessCanonicalsAreResolvedAgainstThePage() {
        assertThat(canonical(POSTED, "/news/2026/11/27/ferry-strike-ends-amp"))
                .isEqualTo("https://www.harbour-times.example/news/2026/11/27/ferry-strike-ends-amp");
        assertThat(canonical(POSTED, "//www.harbour-times.example/news/ferry-strike-ends"))
                .isEqualTo("https://www.harbour-times.example/news/ferry-strike-ends");
        assertThat(canonical(POSTED, "www.harbour-times.example/news/ferry-strike-ends"))
                .isEqualTo("https://www.harbour-times.example/news/ferry-strike-ends");
    }

    @Test
    void aCanonicalThatIsNoAddressOrPointsAtTheHomeOrASectionPageIsNotBelieved() {
        assertThat(canonical(POSTED, "True")).isEqualTo(POSTED);
        assertThat(canonical(POSTED, "https://www.harbour-times.example/")).isEqualTo(POSTED);
        assertThat(canonical(POSTED, "https://www.harbour-times.example/news/")).isEqualTo(POSTED);
        assertThat(canonical(POSTED, "javascript:void(0)")).isEqualTo(POSTED);
    }

    @Test
    void aStructuredDataUrlOnAnotherSiteIsNotBelievedButASyndicationCanonicalIs() {
        assertThat(PageAddress.choose(POSTED, "https://www.other-paper.example/news/ferry-strike-ends", null)).isEqualTo(POSTED);
        assertThat(PageAddress.choose(POSTED, "https://harbour-times.example/news/ferry-strike-ends", null))
                .isEqualTo("https://harbour-times.example/news/ferry-strike-ends");
        assertThat(canonical(POSTED, "https://www.wire-service.example/2026/11/27/ferry-strike-ends"))
                .isEqualTo("https://www.wire-service.example/2026/11/27/ferry-strike-ends");
    }

    @Test
    void aBelievableCanonicalLinkIsTakenWhenTheStructuredDataLiesAndWithoutAPostedUrl() {
        assertThat(PageAddress.choose(POSTED, "True", "/news/ferry-strike-ends"))
                .isEqualTo("https://www.harbour-times.example/news/ferry-strike-ends");
        assertThat(canonical(null, "https://www.harbour-times.example/news/ferry-strike-ends"))
                .isEqualTo("https://www.harbour-times.example/news/ferry-strike-ends");
        assertThat(canonical(null, "https://www.harbour-times.example/")).isNull();
        assertThat(canonical("", "/news/ferry-strike-ends")).isNull();
    }
}
