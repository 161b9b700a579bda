package io.newsflow.ingest.bench.pages;

import java.time.Instant;
import java.util.List;

/**
 * One page of an evaluation set with what it should yield. {@code authors} is the expected set of names
 * (fundus), {@code byline} the expected byline text (readability); either may be absent. {@code body}
 * is the whole expected article text, {@code paragraphsOnly} the same without summary and section headlines
 * (equal to {@code body} where the set does not tell them apart); {@code articleParagraphs} the expected paragraphs one by one.
 */
public record EvalPage(String set, String part, String label, String url, byte[] html, String title, List<String> authors,
                       String byline, Instant publishedAt, String language, String body, String paragraphsOnly,
                       List<String> articleParagraphs) {
}
