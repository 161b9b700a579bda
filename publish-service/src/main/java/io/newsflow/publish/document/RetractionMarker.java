package io.newsflow.publish.document;

import java.time.Instant;

/**
 * What stays of a retracted article in its index: its id and the revision retracted (also the
 * document's external version), so that no late upsert of that revision or an older one can
 * bring it back. Readers never see it: the readers' alias filters {@code retracted: true} out.
 */
public record RetractionMarker(String id, long revision, boolean retracted, Instant indexedAt) {
}
