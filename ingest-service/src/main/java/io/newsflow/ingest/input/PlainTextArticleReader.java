package io.newsflow.ingest.input;

import io.newsflow.contract.InboundArticle;
import io.newsflow.contract.Source;

import java.util.List;

/** A plain-text article: the first non-empty line is the title, the rest is the body. */
public final class PlainTextArticleReader {

    private PlainTextArticleReader() {
    }

    public static InboundArticle read(String text, InputHints hints) {
        String title = null;
        String body = null;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                title = lines.get(i);
                body = String.join("\n", lines.subList(i + 1, lines.size()));
                break;
            }
        }
        String sourceName = hints.sourceNameOr(null, hints.url());
        Source source = sourceName == null ? null : new Source(sourceName, null);
        return new InboundArticle(hints.url(), source, title, null, body, List.of(), null, null, null);
    }
}
