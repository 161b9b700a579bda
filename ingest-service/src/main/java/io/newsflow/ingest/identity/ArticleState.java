package io.newsflow.ingest.identity;

/**
 * What the service remembers about an article id: the last revision it published, a fingerprint of
 * that revision's content (to tell a re-send from a change), its SimHash (to find later copies) and
 * the id of the first copy when it is itself a near-duplicate. Kept in the compacted topic
 * {@code news.ingest-state}, keyed by article id.
 *
 * @param fingerprint 64 bits of the hash of the rule-cleaned title, subtitle and body
 * @param simhash     SimHash of the body, when {@code sketched}
 * @param versionTime the published revision's own time ({@code updatedAt}, else {@code publishedAt}) in epoch
 *                    milliseconds, 0 when the feeder gave none; an input older than this is a late, stale copy
 * @param firstReceivedAt when the id's first revision was received, in epoch milliseconds (0 in states written
 *                        before it was kept): carried to every later revision, the index routes by it
 */
public record ArticleState(long revision, long fingerprint, long simhash, boolean sketched, String duplicateOf,
                           long versionTime, long firstReceivedAt) {

    public ArticleState(long revision, long fingerprint, long simhash, boolean sketched, String duplicateOf,
                        long versionTime) {
        this(revision, fingerprint, simhash, sketched, duplicateOf, versionTime, 0);
    }

    public ArticleState(long revision, long fingerprint, long simhash, boolean sketched, String duplicateOf) {
        this(revision, fingerprint, simhash, sketched, duplicateOf, 0);
    }
}
