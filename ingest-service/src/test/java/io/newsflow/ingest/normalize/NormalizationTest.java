package io.newsflow.ingest.normalize;

import io.newsflow.contract.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizationTest {

    @Test
    void canonicalUrlDropsTrackingFragmentDefaultPortAndLowersTheHost() {
        assertThat(UrlCanonicalizer.canonicalize("HTTPS://WWW.Example.COM:443/News/Story?utm_source=x&id=7&fbclid=abc&gclid=1#comments"))
                .hasValue("https://www.example.com/News/Story?id=7");
        assertThat(UrlCanonicalizer.canonicalize("http://example.com")).hasValue("http://example.com/");
        assertThat(UrlCanonicalizer.canonicalize("http://example.com:8080/a?utm_medium=email")).hasValue("http://example.com:8080/a");
        assertThat(UrlCanonicalizer.canonicalize("ftp://example.com/a")).isEmpty();
        assertThat(UrlCanonicalizer.canonicalize("/relative/path")).isEmpty();
    }

    @Test
    void textIsNfcWithEntitiesDecodedAndWhitespaceCollapsed() {
        String decomposed = "Cafe\u0301 &amp; cr\u00e8me\u00a0br\u00fbl\u00e9e\u200b  \t ok";
        assertThat(TextNormalizer.line(decomposed)).isEqualTo("Café & crème brûlée ok");
        assertThat(TextNormalizer.body("  One.\r\n\r\n\n Two   words. \n")).isEqualTo("One.\n\nTwo words.");
    }

    @Test
    void sourceFromTheFeederOrTheUrl() {
        assertThat(SourceResolver.resolve(null, "https://www.Harbour-Times.example/a")).isEqualTo(new Source("harbour-times.example", "harbour-times.example"));
        assertThat(SourceResolver.resolve(new Source("Harbour Times", null), "https://www.harbour-times.example/a"))
                .isEqualTo(new Source("Harbour Times", "harbour-times.example"));
        assertThat(SourceResolver.resolve(new Source(null, "https://www.wire.example/feed"), null)).isEqualTo(new Source("wire.example", "wire.example"));
        assertThat(SourceResolver.resolve(new Source(" ", null), null)).isNull();
    }
}
