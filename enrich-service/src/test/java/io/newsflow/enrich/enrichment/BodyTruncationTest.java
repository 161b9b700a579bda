package io.newsflow.enrich.enrichment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyTruncationTest {

    @Test
    void aShortBodyIsLeftAlone() {
        assertThat(BodyTruncation.truncate("Short body.", 100)).isEqualTo("Short body.");
    }

    @Test
    void theCutFallsOnAParagraphWhenOneIsNearTheLimit() {
        String body = "a".repeat(80) + "\n\n" + "b".repeat(80);

        assertThat(BodyTruncation.truncate(body, 100)).isEqualTo("a".repeat(80));
    }

    @Test
    void otherwiseOnASentenceThenOnAWord() {
        assertThat(BodyTruncation.truncate("One two three four. Five six seven eight nine ten", 30))
                .isEqualTo("One two three four. Five six");
        assertThat(BodyTruncation.truncate("Sentence one ends here. " + "word ".repeat(10), 30))
                .isEqualTo("Sentence one ends here.");
    }

    @Test
    void aBodyWithoutBoundariesIsCutAtTheLimit() {
        assertThat(BodyTruncation.truncate("x".repeat(50), 20)).hasSize(20);
    }
}
