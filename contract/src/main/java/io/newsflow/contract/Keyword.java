package io.newsflow.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A key phrase of an article with its rank score (higher is more important). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Keyword(String text, double score) {
}
