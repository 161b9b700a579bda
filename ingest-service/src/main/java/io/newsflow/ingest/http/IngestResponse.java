package io.newsflow.ingest.http;

import java.util.List;

/** Body of a 202 answer: counts and one result per article of the request, in request order. */
public record IngestResponse(int accepted, int duplicates, int rejected, List<ItemResult> items) {

    static IngestResponse of(List<ItemResult> items) {
        int accepted = (int) items.stream().filter(i -> "accepted".equals(i.status())).count();
        int duplicates = (int) items.stream().filter(i -> "duplicate".equals(i.status())).count();
        return new IngestResponse(accepted, duplicates, items.size() - accepted - duplicates, List.copyOf(items));
    }
}
