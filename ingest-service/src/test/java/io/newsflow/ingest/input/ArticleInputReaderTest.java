package io.newsflow.ingest.input;

import io.newsflow.contract.InboundArticle;
import io.newsflow.ingest.TestIngestors;
import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.ingest.article.RejectionReason;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleInputReaderTest {

    private final ArticleInputReader reader = TestIngestors.inputReader();

    private List<InboundItem> read(String body, String contentType, InputHints hints) {
        return reader.read(body.getBytes(StandardCharsets.UTF_8), contentType, hints);
    }

    @Test
    void ndjsonReportsABrokenLineWithoutLosingTheOthers() {
        List<InboundItem> items = read("""
                {"source": {"name": "Wire"}, "title": "One", "body": "Text."}
                {"title": broken
                
                {"source": {"name": "Wire"}, "title": "Two", "body": "Text.", "publishedAt": "yesterday"}
                """, "application/x-ndjson", InputHints.NONE);

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isInstanceOf(InboundItem.Article.class);
        assertThat(((InboundItem.Unreadable) items.get(1)).rejection().reason()).isEqualTo(RejectionReason.UNREADABLE);
        assertThat(((InboundItem.Unreadable) items.get(2)).rejection().reason()).isEqualTo(RejectionReason.INVALID_FIELD);
    }

    @Test
    void plainTextTakesItsTitleFromTheFirstNonEmptyLineAndItsSourceFromTheHints() {
        InboundArticle article = only(read("\n\n  Harbour reopens  \n\nThe harbour reopened.\nFerries sail again.", "text/plain; charset=utf-8",
                new InputHints("https://courier.example/harbour", "Courier", "fallback")));

        assertThat(article.title()).isEqualTo("  Harbour reopens  ");
        assertThat(article.body()).isEqualTo("\nThe harbour reopened.\nFerries sail again.");
        assertThat(article.url()).isEqualTo("https://courier.example/harbour");
        assertThat(article.source().name()).isEqualTo("Courier");
    }

    @Test
    void aTextThatNamesNoSourceGetsTheFallbackSource() {
        assertThat(only(read("Title\nBody.", "text/plain", new InputHints(null, null, "unknown"))).source().name()).isEqualTo("unknown");
        assertThat(only(read("Title\nBody.", "text/plain", new InputHints("https://courier.example/a", null, "unknown"))).source()).isNull();
    }

    @Test
    void invalidUtf8IsUnreadable() {
        byte[] latin1 = "Caf\u00e9 owner wins award\nThe caf\u00e9 won.".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(latin1, "text/plain; charset=utf-8", InputHints.NONE))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.rejection().reason()).isEqualTo(RejectionReason.UNREADABLE));
        assertThat(only(reader.read(latin1, "text/plain; charset=iso-8859-1", new InputHints(null, "S", null))).title()).isEqualTo("Café owner wins award");
    }

    @Test
    void unsupportedTypesAreRejected() {
        assertThatThrownBy(() -> read("<a/>", "application/xml", InputHints.NONE))
                .isInstanceOfSatisfying(RejectedInputException.class, e -> assertThat(e.rejection().reason()).isEqualTo(RejectionReason.UNSUPPORTED_TYPE));
        assertThat(InputFormat.of(null)).isEqualTo(InputFormat.JSON);
        assertThat(InputFormat.of("application/vnd.newsflow+json")).isEqualTo(InputFormat.JSON);
        assertThat(InputFormat.of("application/jsonl")).isEqualTo(InputFormat.NDJSON);
    }

    private static InboundArticle only(List<InboundItem> items) {
        assertThat(items).hasSize(1);
        return ((InboundItem.Article) items.getFirst()).draft().article();
    }
}
