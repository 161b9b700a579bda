package io.newsflow.ingest.article;

import io.newsflow.contract.InboundArticle;
import io.newsflow.ingest.normalize.TextNormalizer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Normalises the text fields of an inbound article, so cleaning and validation see what the reader would. */
final class InboundNormalizer {

    private InboundNormalizer() {
    }

    static InboundArticle normalize(InboundArticle in) {
        return new InboundArticle(
                in.url() == null ? null : in.url().strip(),
                in.source(),
                TextNormalizer.blankToNull(in.title()),
                TextNormalizer.blankToNull(in.subtitle()),
                TextNormalizer.body(in.body()),
                authors(in.authors()),
                TextNormalizer.blankToNull(in.language()),
                in.publishedAt(),
                in.updatedAt());
    }

    static InboundArticle withBody(InboundArticle in, String body) {
        return new InboundArticle(in.url(), in.source(), in.title(), in.subtitle(), body, in.authors(), in.language(),
                in.publishedAt(), in.updatedAt());
    }

    private static List<String> authors(List<String> authors) {
        if (authors == null) {
            return List.of();
        }
        // A page often names the same person twice (byline and author tag); keep the first spelling.
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        authors.stream().map(TextNormalizer::blankToNull).filter(Objects::nonNull)
                .map(author -> author.replaceFirst("(?i)^by\\s+", "")).forEach(distinct::add);
        return List.copyOf(distinct);
    }
}
