package io.newsflow.ingest.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecurringParagraphsTest {

    private static final String PLUG = "Listen to The Ledger podcast every weekday morning.";

    @Test
    void aParagraphSeenInEnoughArticlesOfASourceIsRemoved() {
        RecurringParagraphs recurring = new RecurringParagraphs(3, 10, 100);
        recurring.learn("ledger.example", "a1", List.of("First story.", PLUG));
        recurring.learn("ledger.example", "a2", List.of("Second story.", PLUG));
        assertThat(recurring.remove("ledger.example", List.of("Third story.", PLUG))).containsExactly("Third story.", PLUG);

        recurring.learn("ledger.example", "a3", List.of("Third story.", PLUG));

        assertThat(recurring.remove("ledger.example", List.of("Fourth story.", PLUG))).containsExactly("Fourth story.");
        assertThat(recurring.remove("other.example", List.of("Elsewhere.", PLUG))).containsExactly("Elsewhere.", PLUG);
    }

    @Test
    void theSameArticleSeenAgainDoesNotCount() {
        RecurringParagraphs recurring = new RecurringParagraphs(2, 10, 100);
        recurring.learn("ledger.example", "a1", List.of(PLUG));
        recurring.learn("ledger.example", "a1", List.of(PLUG));

        assertThat(recurring.remove("ledger.example", List.of("Story.", PLUG))).containsExactly("Story.", PLUG);
    }

    @Test
    void memoryIsBoundedBySourcesAndParagraphs() {
        RecurringParagraphs recurring = new RecurringParagraphs(2, 2, 100);
        recurring.learn("a.example", "1", List.of(PLUG));
        recurring.learn("a.example", "2", List.of(PLUG));
        recurring.learn("b.example", "1", List.of("x"));
        recurring.learn("c.example", "1", List.of("y"));

        // a.example was the least recently used of three sources with room for two: forgotten.
        assertThat(recurring.remove("a.example", List.of("Story.", PLUG))).containsExactly("Story.", PLUG);
    }

    @Test
    void neverRemovesEveryParagraph() {
        RecurringParagraphs recurring = new RecurringParagraphs(2, 10, 100);
        recurring.learn("s", "1", List.of(PLUG));
        recurring.learn("s", "2", List.of(PLUG));

        assertThat(recurring.remove("s", List.of(PLUG))).containsExactly(PLUG);
    }
}
