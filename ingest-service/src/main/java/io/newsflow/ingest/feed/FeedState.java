package io.newsflow.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the service remembers of one feed between polls and across restarts: the validators for
 * the next conditional GET and the ids of the entries already taken (newest first, bounded).
 */
public record FeedState(String etag, String lastModified, List<String> seenEntries) {

    static final FeedState NEW = new FeedState(null, null, List.of());

    public FeedState {
        seenEntries = seenEntries == null ? List.of() : List.copyOf(seenEntries);
    }

    FeedState after(String etag, String lastModified, List<String> taken, int remembered) {
        LinkedHashSet<String> seen = new LinkedHashSet<>(taken.reversed());
        seen.addAll(seenEntries);
        List<String> bounded = new ArrayList<>(seen).subList(0, Math.min(seen.size(), remembered));
        return new FeedState(etag, lastModified, bounded);
    }
}
