package io.newsflow.ingest.feed;

import io.newsflow.contract.InboundArticle;
import io.newsflow.ingest.article.ArticleDraft;

/** Completes what a page lacks with what its feed entry says (title, authors, dates). */
final class FeedDrafts {

    private FeedDrafts() {
    }

    static ArticleDraft completed(ArticleDraft fromPage, ArticleDraft fromFeed) {
        InboundArticle page = fromPage.article();
        InboundArticle feed = fromFeed.article();
        return new ArticleDraft(new InboundArticle(
                page.url() != null ? page.url() : feed.url(),
                page.source() != null ? page.source() : feed.source(),
                page.title() != null ? page.title() : feed.title(),
                page.subtitle(),
                page.body(),
                page.authors().isEmpty() ? feed.authors() : page.authors(),
                page.language(),
                page.publishedAt() != null ? page.publishedAt() : feed.publishedAt(),
                page.updatedAt() != null ? page.updatedAt() : feed.updatedAt()), fromPage.leadImage());
    }
}
