package io.newsflow.ingest.identity;

import java.time.Instant;

/**
 * Decides what an article is, given what the service has published before: a new article, a new
 * revision of a known id (its content changed), or a duplicate (same id, same content) to drop.
 * A new article whose body is within a few SimHash bits of a known one under another id is a
 * near-duplicate and is marked with the id of the first copy.
 */
public final class DuplicateDetector {

    private DuplicateDetector() {
    }

    public sealed interface Decision {
        /** To publish: the revision to give it and the first copy it duplicates (or null). */
        record Publish(ArticleState state) implements Decision {
        }

        record Duplicate(long revision) implements Decision {
        }

        /** Changed content, but older than the revision already published: a late copy that must not replace it. */
        record Stale(long revision) implements Decision {
        }
    }

    public static Decision decide(IdentitySession session, String id, String contentHash, String body) {
        return decide(session, id, contentHash, body, null);
    }

    /**
     * @param versionTime the input's own time ({@code updatedAt}, else {@code publishedAt}), or null; with it,
     *                    feeders that resend or reorder versions cannot roll an article back
     */
    public static Decision decide(IdentitySession session, String id, String contentHash, String body, Instant versionTime) {
        return decide(session, id, contentHash, body, versionTime, null);
    }

    /** @param receivedAt when this input was received: kept as the id's first time if it is new */
    public static Decision decide(IdentitySession session, String id, String contentHash, String body, Instant versionTime,
                                  Instant receivedAt) {
        long fingerprint = fingerprint(contentHash);
        long version = versionTime == null ? 0 : versionTime.toEpochMilli();
        ArticleState known = session.get(id);
        if (known != null && known.fingerprint() == fingerprint) {
            return new Decision.Duplicate(known.revision());
        }
        if (known != null && version > 0 && version < known.versionTime()) {
            return new Decision.Stale(known.revision());
        }
        SimHash.Sketch sketch = SimHash.of(body);
        String duplicateOf;
        if (known != null) {
            duplicateOf = known.duplicateOf();
        } else {
            duplicateOf = sketch.present() ? session.firstCopyNear(sketch.value(), id) : null;
        }
        long firstReceivedAt = known != null && known.firstReceivedAt() > 0 ? known.firstReceivedAt()
                : receivedAt == null ? 0 : receivedAt.toEpochMilli();
        ArticleState state = new ArticleState(known == null ? 1 : known.revision() + 1, fingerprint,
                sketch.value(), sketch.present(), duplicateOf, Math.max(version, known == null ? 0 : known.versionTime()),
                firstReceivedAt);
        session.stage(id, state);
        return new Decision.Publish(state);
    }

    /** 64 bits of a hex SHA-256 content hash. */
    static long fingerprint(String contentHash) {
        return Long.parseUnsignedLong(contentHash.substring(0, 16), 16);
    }
}
