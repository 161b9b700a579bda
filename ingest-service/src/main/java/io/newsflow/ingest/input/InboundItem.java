package io.newsflow.ingest.input;

import io.newsflow.contract.InboundArticle;
import io.newsflow.ingest.article.ArticleDraft;
import io.newsflow.ingest.article.Rejection;
import io.newsflow.ingest.article.RejectionReason;

/** One item of an input: an article to ingest, or the reason it could not even be read. */
public sealed interface InboundItem {

    record Article(ArticleDraft draft) implements InboundItem {
        public Article(InboundArticle article) {
            this(new ArticleDraft(article));
        }
    }

    record Unreadable(Rejection rejection) implements InboundItem {
        public Unreadable(RejectionReason reason, String detail) {
            this(new Rejection(reason, detail));
        }
    }
}
