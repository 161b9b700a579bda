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
    void controlCharactersEscapeSequencesAndBidiOverridesAreRemoved() {
        assertThat(TextNormalizer.line("Harbour\u0000 reopens \u001B[31mred\u001B[0m \u001B]0;pwned\u0007title \u009B2Jcleared"))
                .isEqualTo("Harbour reopens red title cleared");
        assertThat(TextNormalizer.line("invoice \u202Efdp.exe\u202C and \u2067isolate\u2069")).isEqualTo("invoice fdp.exe and isolate");
        assertThat(TextNormalizer.body("One\ttab.\u0007\nTwo\u000Cwords.")).isEqualTo("One tab.\n\nTwo words.");
    }

    @Test
    void zeroWidthJoinersStayInsideEmojiSequencesOnly() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String rainbowFlag = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
        assertThat(TextNormalizer.line("A " + family + " and " + rainbowFlag + " day")).isEqualTo("A " + family + " and " + rainbowFlag + " day");
        assertThat(TextNormalizer.line("Har\u200Dbour \u200D" + family)).isEqualTo("Harbour " + family);
    }

    @Test
    void markupInTextIsRemovedEvenWhenItArrivedEntityEncoded() {
        assertThat(TextNormalizer.line("&lt;img src=x onerror=alert(1)&gt;Harbour reopens")).isEqualTo("Harbour reopens");
        assertThat(TextNormalizer.line("<script>alert(1)</script> Harbour <B>reopens</B>")).isEqualTo("alert(1) Harbour reopens");
        assertThat(TextNormalizer.line("Rust's Vec<T> and a <b and c> d")).isEqualTo("Rust's Vec<T> and a d");
        assertThat(TextNormalizer.line("3 < 5 and 7 > 2")).isEqualTo("3 < 5 and 7 > 2");
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
