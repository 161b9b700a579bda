package io.newsflow.publish;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Keyword;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Source;
import io.newsflow.contract.TopicScore;

import java.time.Instant;
import java.util.List;

/** Realistic enriched articles for tests. */
public final class ArticleFixtures {

    private ArticleFixtures() {
    }

    public static EnrichedArticle article(String id, long revision, String title) {
        return article(id, revision, title, Instant.parse("2026-11-26T21:45:00Z"));
    }

    public static EnrichedArticle article(String id, long revision, String title, Instant publishedAt) {
        return article(id, revision, title, publishedAt, Instant.parse("2026-11-26T21:50:00Z"), null);
    }

    /** A revision received at {@code receivedAt} of an article first received at {@code firstReceivedAt} (null: this one is the first). */
    public static EnrichedArticle article(String id, long revision, String title, Instant publishedAt,
                                         Instant receivedAt, Instant firstReceivedAt) {
        RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, id, revision,
                "https://www.capitalherald.example/politics/" + id + "?utm_source=feed",
                "https://www.capitalherald.example/politics/" + id,
                new Source("Capital Herald", "capitalherald.example"),
                title,
                "Housing dominated the last televised debate before the vote",
                "Prime Minister Helen Carter and opposition leader Marcus Reid clashed over housing in London on "
                        + "Wednesday night.\n\nThe debate was hosted by the BBC in Cardiff. Revision " + revision + ".",
                List.of("Daniel Okafor"), "en", publishedAt, null, receivedAt,
                null, "sha256:" + id + "-" + revision, null, firstReceivedAt != null ? firstReceivedAt : receivedAt);
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, raw,
                List.of(new Entity("Helen Carter", EntityType.PERSON, 3, 0.9, List.of("Helen Carter", "Ms Carter")),
                        new Entity("Marcus Reid", EntityType.PERSON, 2, 0.7, List.of("Marcus Reid")),
                        new Entity("BBC", EntityType.ORGANIZATION, 1, 0.3, List.of("BBC")),
                        new Entity("London", EntityType.LOCATION, 1, 0.4, List.of("London")),
                        new Entity("Cardiff", EntityType.LOCATION, 1, 0.3, List.of("Cardiff"))),
                List.of(new TopicScore("medtop:11000000", "politics", 0.93)),
                List.of(new Keyword("housing", 0.8), new Keyword("final debate", 0.6)),
                Instant.parse("2026-11-26T21:50:02Z"), "enrich-test", false);
    }
}
