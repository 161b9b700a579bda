package io.newsflow.ingest.article;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.identity.ArticleState;

/** What became of one input. */
public sealed interface IngestResult {

    /** A new article or a new revision, to be written to news.raw together with the id's new state. */
    record Accepted(RawArticle article, ArticleState state) implements IngestResult {
    }

    /** The same content under the same id was already published; nothing is written. */
    record Duplicate(String id, long revision) implements IngestResult {
    }

    /** Changed content older than the published revision (by updatedAt / publishedAt); dropped so it cannot roll the article back. */
    record Stale(String id, long revision) implements IngestResult {
    }

    record Rejected(Rejection rejection) implements IngestResult {
        public Rejected(RejectionReason reason, String detail) {
            this(new Rejection(reason, detail));
        }
    }
}
