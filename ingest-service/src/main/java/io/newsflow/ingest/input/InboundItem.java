package io.newsflow.ingest.input;

import io.newsflow.contract.InboundArticle;
import io.newsflow.ingest.article.Rejection;
import io.newsflow.ingest.article.RejectionReason;

/** One item of an input: an article to ingest, or the reason it could not even be read. */
public sealed interface InboundItem {

    record Article(InboundArticle article) implements InboundItem {
    }

    record Unreadable(Rejection rejection) implements InboundItem {
        public Unreadable(RejectionReason reason, String detail) {
            this(new Rejection(reason, detail));
        }
    }
}
