package io.newsflow.ingest.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageAddressTest {

    private static final String POSTED = "https://www.harbour-times.example/news/2026/11/27/ferry-strike-ends";

    @Test
    void relativeProtocolRelativeAndSchemelessCanonicalsAreResolvedAgainstThePage() {
        assertThat(PageAddress.choose(POSTED, "/news/2026/11/27/ferry-strike-ends-amp"))
                .isEqualTo("https://www.harbour-times.example/news/2026/11/27/ferry-strike-ends-amp");
        assertThat(PageAddress.choose(POSTED, "//www.harbour-times.example/news/ferry-strike-ends"))
                .isEqualTo("https://www.harbour-times.example/news/ferry-strike-ends");
        assertThat(PageAddress.choose(POSTED, "www.harbour-times.example/news/ferry-strike-ends"))
                .isEqualTo("https://www.harbour-times.example/news/ferry-strike-ends");
    }

    @Test
    void aCanonicalThatIsNoAddressOrPointsAtTheHomeOrASectionPageIsNotBelieved() {
        assertThat(PageAddress.choose(POSTED, "True")).isEqualTo(POSTED);
        assertThat(PageAddress.choose(POSTED, "https://www.harbour-times.example/")).isEqualTo(POSTED);
        assertThat(PageAddress.choose(POSTED, "https://www.harbour-times.example/news/")).isEqualTo(POSTED);
        assertThat(PageAddress.choose(POSTED, "javascript:void(0)")).isEqualTo(POSTED);
    }

    @Test
    void aCanonicalOnAnotherSiteIsNotBelievedButTheSameSiteWithoutWwwIs() {
        assertThat(PageAddress.choose(POSTED, "https://www.other-paper.example/news/ferry-strike-ends")).isEqualTo(POSTED);
        assertThat(PageAddress.choose(POSTED, "https://harbour-times.example/news/ferry-strike-ends"))
                .isEqualTo("https://harbour-times.example/news/ferry-strike-ends");
    }

    @Test
    void theFirstBelievableClaimWinsAndWithoutAPostedUrlAnArticleAddressIsTaken() {
        assertThat(PageAddress.choose(POSTED, "True", "/news/ferry-strike-ends"))
                .isEqualTo("https://www.harbour-times.example/news/ferry-strike-ends");
        assertThat(PageAddress.choose(null, "https://www.harbour-times.example/news/ferry-strike-ends"))
                .isEqualTo("https://www.harbour-times.example/news/ferry-strike-ends");
        assertThat(PageAddress.choose(null, "https://www.harbour-times.example/")).isNull();
        assertThat(PageAddress.choose("", "/news/ferry-strike-ends")).isNull();
    }
}
