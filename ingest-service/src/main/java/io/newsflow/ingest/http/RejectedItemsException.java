package io.newsflow.ingest.http;

import java.util.List;

/** Every article of a request was rejected: the answer is a problem, not a 202. */
class RejectedItemsException extends RuntimeException {

    private final List<ItemResult> items;

    RejectedItemsException(List<ItemResult> items) {
        super(items.size() == 1 ? items.getFirst().detail() : "none of the " + items.size() + " articles was accepted");
        this.items = List.copyOf(items);
    }

    List<ItemResult> items() {
        return items;
    }
}
