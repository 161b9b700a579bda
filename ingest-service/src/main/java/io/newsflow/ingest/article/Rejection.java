package io.newsflow.ingest.article;

/** A rejected input: the reason and a sentence a feeder can act on. */
public record Rejection(RejectionReason reason, String detail) {
}
