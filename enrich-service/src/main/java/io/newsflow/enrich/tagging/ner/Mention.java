package io.newsflow.enrich.tagging.ner;

import io.newsflow.contract.EntityType;

/**
 * One stretch of text the recogniser tagged as a named entity, before mentions are merged.
 *
 * @param begin character offset in the tagged text (inclusive)
 * @param end   character offset in the tagged text (exclusive)
 */
public record Mention(String text, EntityType type, int begin, int end) {
}
