package io.newsflow.ingest.identity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateDetectorTest {

    private static final String BODY = """
            Aberdeen harbour reopened on Friday morning after Storm Ingrid forced its closure for three days, stranding
            hundreds of travellers and delaying fish landings worth an estimated four million pounds. The Port of Aberdeen
            said divers had inspected the quay walls overnight and found no structural damage. Chief executive Bob
            Sanguinetti said the first NorthLink ferry to Kirkwall would sail at noon. Our teams worked through the night to
            clear debris from the navigation channel, Mr Sanguinetti said. Safety comes first, but we know how much the
            islands depend on this link. Fishermen at the quayside said the closure had cost the fleet three days at sea in
            the busiest month of the year. Jimmy Buchan, who skippers a whitefish boat out of Peterhead, said prices at
            Friday's market had risen by a fifth. The Met Office has lifted its amber wind warning for the north-east of
            Scotland, although gusts of up to 60mph are still expected along the Moray coast on Saturday.""";
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    @Test
    void sameIdSameContentIsADuplicateAndChangedContentANewRevision() {
        DuplicateIndex index = new DuplicateIndex(100);
        IdentitySession first = new IdentitySession(index);
        assertThat(DuplicateDetector.decide(first, "id1", HASH_A, BODY)).isEqualTo(publish(1, null, BODY));
        first.commit();

        IdentitySession second = new IdentitySession(index);
        assertThat(DuplicateDetector.decide(second, "id1", HASH_A, BODY)).isInstanceOf(DuplicateDetector.Decision.Duplicate.class);
        DuplicateDetector.Decision changed = DuplicateDetector.decide(second, "id1", HASH_B, BODY + " corrected");
        assertThat(((DuplicateDetector.Decision.Publish) changed).state().revision()).isEqualTo(2);
    }

    @Test
    void nearDuplicateUnderAnotherIdIsMarkedWithTheFirstCopy() {
        DuplicateIndex index = new DuplicateIndex(100);
        IdentitySession session = new IdentitySession(index);
        DuplicateDetector.decide(session, "original", HASH_A, BODY);
        session.commit();

        IdentitySession later = new IdentitySession(index);
        DuplicateDetector.Decision copy = DuplicateDetector.decide(later, "copy", HASH_B, "Updated: " + BODY.replace("three days", "72 hours"));
        DuplicateDetector.Decision copyOfCopy = DuplicateDetector.decide(later, "copy2", "c".repeat(64), BODY.replace("a fifth", "20%"));

        assertThat(((DuplicateDetector.Decision.Publish) copy).state().duplicateOf()).isEqualTo("original");
        assertThat(((DuplicateDetector.Decision.Publish) copyOfCopy).state().duplicateOf()).isEqualTo("original");
    }

    @Test
    void differentTextsAreNotNearDuplicates() {
        DuplicateIndex index = new DuplicateIndex(100);
        IdentitySession session = new IdentitySession(index);
        DuplicateDetector.decide(session, "one", HASH_A, BODY);
        String other = IntStream.range(0, 60).mapToObj(i -> "other" + i).collect(Collectors.joining(" "));

        assertThat(((DuplicateDetector.Decision.Publish) DuplicateDetector.decide(session, "two", HASH_B, other)).state().duplicateOf()).isNull();
    }

    @Test
    void uncommittedDecisionsStayOutOfTheSharedIndex() {
        DuplicateIndex index = new DuplicateIndex(100);
        DuplicateDetector.decide(new IdentitySession(index), "id1", HASH_A, BODY);

        assertThat(index.get("id1")).isNull();
    }

    @Test
    void aChangedVersionOlderThanThePublishedOneIsStaleAndChangesNothing() {
        IdentitySession session = new IdentitySession(new DuplicateIndex(100));
        DuplicateDetector.decide(session, "id1", HASH_A, BODY, Instant.parse("2026-11-24T08:00:00Z"));
        DuplicateDetector.decide(session, "id1", HASH_B, BODY + " It reopened.", Instant.parse("2026-11-27T08:00:00Z"));

        DuplicateDetector.Decision late = DuplicateDetector.decide(session, "id1", "c".repeat(64), BODY + " Old text.",
                Instant.parse("2026-11-25T08:00:00Z"));
        DuplicateDetector.Decision undated = DuplicateDetector.decide(session, "id1", "d".repeat(64), BODY + " Undated.", null);

        assertThat(late).isEqualTo(new DuplicateDetector.Decision.Stale(2));
        assertThat(undated).isInstanceOf(DuplicateDetector.Decision.Publish.class);
        assertThat(((DuplicateDetector.Decision.Publish) undated).state().revision()).isEqualTo(3);
        assertThat(((DuplicateDetector.Decision.Publish) undated).state().versionTime())
                .as("an undated change keeps the newest known time").isEqualTo(Instant.parse("2026-11-27T08:00:00Z").toEpochMilli());
    }

    @Test
    void everyRevisionKeepsTheFirstRevisionsReceiptTime() {
        IdentitySession session = new IdentitySession(new DuplicateIndex(100));
        Instant first = Instant.parse("2026-11-30T23:50:00Z");
        DuplicateDetector.decide(session, "id1", HASH_A, BODY, null, first);

        DuplicateDetector.Decision revised = DuplicateDetector.decide(session, "id1", HASH_B, BODY + " Updated.", null,
                Instant.parse("2026-12-01T00:10:00Z"));

        assertThat(((DuplicateDetector.Decision.Publish) revised).state().revision()).isEqualTo(2);
        assertThat(((DuplicateDetector.Decision.Publish) revised).state().firstReceivedAt())
                .as("the revision in December is routed with the November original").isEqualTo(first.toEpochMilli());
    }

    @Test
    void anOlderRevisionArrivingLateDoesNotReplaceANewerOne() {
        DuplicateIndex index = new DuplicateIndex(100);
        index.put("id", new ArticleState(3, 1, 0, false, null));
        index.put("id", new ArticleState(2, 2, 0, false, null));

        assertThat(index.get("id").revision()).isEqualTo(3);
    }

    @Test
    void theIndexForgetsTheLeastRecentlyUpdatedIdsBeyondItsCapacity() {
        DuplicateIndex index = new DuplicateIndex(2);
        index.put("a", new ArticleState(1, 1, 0, false, null));
        index.put("b", new ArticleState(1, 2, 0, false, null));
        index.put("c", new ArticleState(1, 3, 0, false, null));

        assertThat(index.get("a")).isNull();
        assertThat(index.size()).isEqualTo(2);
    }

    private static DuplicateDetector.Decision publish(long revision, String duplicateOf, String body) {
        SimHash.Sketch sketch = SimHash.of(body);
        return new DuplicateDetector.Decision.Publish(new ArticleState(revision, DuplicateDetector.fingerprint(HASH_A),
                sketch.value(), sketch.present(), duplicateOf));
    }
}
