package io.newsflow.ingest.article;

import io.newsflow.contract.InboundArticle;

/** An article as read from an input, before cleaning: the feeder contract plus what only a page can tell (its lead image). */
public record ArticleDraft(InboundArticle article, String leadImage) {

    public ArticleDraft(InboundArticle article) {
        this(article, null);
    }
}
