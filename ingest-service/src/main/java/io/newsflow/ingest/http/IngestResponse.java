package io.newsflow.ingest.http;

import java.util.List;

/** Body of a 202 answer: counts and one result per article of the request, in request order. */
public record IngestResponse(int accepted, int duplicates, int stale, int rejected, List<ItemResult> items) {

    static IngestResponse of(List<ItemResult> items) {
        return new IngestResponse(count(items, "accepted"), count(items, "duplicate"), count(items, "stale"),
                count(items, "rejected"), List.copyOf(items));
    }

    private static int count(List<ItemResult> items, String status) {
        return (int) items.stream().filter(i -> status.equals(i.status())).count();
    }
}
