package io.newsflow.ingest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.article.Rejection;

/**
 * What became of one article of a request.
 *
 * @param index    position in the request (0 for a single article)
 * @param status   {@code accepted}, {@code duplicate} or {@code rejected}
 * @param id       the article id (accepted and duplicate)
 * @param revision the revision written (accepted) or already known (duplicate)
 * @param httpStatus the status this item alone would have got (rejected)
 * @param reason   short reason code (rejected), as in the problem details
 * @param detail   what is wrong (rejected)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResult(int index, String status, String id, Long revision, Integer httpStatus, String reason, String detail) {

    static ItemResult of(int index, IngestResult result) {
        return switch (result) {
            case IngestResult.Accepted a -> new ItemResult(index, "accepted", a.article().id(), a.article().revision(), null, null, null);
            case IngestResult.Duplicate d -> new ItemResult(index, "duplicate", d.id(), d.revision(), null, null, null);
            case IngestResult.Stale s -> new ItemResult(index, "stale", s.id(), s.revision(), null, null, null);
            case IngestResult.Rejected r -> rejected(index, r.rejection());
        };
    }

    static ItemResult rejected(int index, Rejection rejection) {
        return new ItemResult(index, "rejected", null, null, rejection.reason().httpStatus(), rejection.reason().code(), rejection.detail());
    }

    boolean isRejected() {
        return "rejected".equals(status);
    }
}
