package io.newsflow.publish.reindex;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.io.PrintStream;

/**
 * {@code java -jar publish-service.jar reindex} ({@code ./newsflow reindex}): rebuilds the index
 * set behind alias {@code news} (see {@link IndexRebuilder}), prints what it did, and exits. Runs
 * in the "reindex" profile, where the web server and the live Kafka listener stay off and logging
 * is quiet, so these lines are the output.
 */
public final class ReindexCommand implements ApplicationRunner {

    private final IndexRebuilder rebuilder;
    private final String alias;
    private final PrintStream out;

    public ReindexCommand(IndexRebuilder rebuilder, String alias, PrintStream out) {
        this.rebuilder = rebuilder;
        this.alias = alias;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        IndexRebuilder.Report report = rebuilder.rebuild(line -> {
            out.println(line);
            out.flush();
        });
        out.printf("Rebuilt alias %s: %s -> %s%n", alias, report.previous(), report.current());
        out.printf("  %,d upserts and %,d retractions answered (older revisions among them kept out by their version), "
                        + "%,d records skipped (unreadable, past retention, nothing to retract), in %.1f s%n",
                report.written(), report.deleted(), report.skipped(), report.took().toMillis() / 1000.0);
        out.printf("  fill: %,d records in %.1f s with %d readers = %,.0f docs/s%n",
                report.filled(), report.fill().toMillis() / 1000.0, report.readers(), report.fillRate());
        if (!report.previous().isEmpty()) {
            out.printf("  %s kept for roll-back; delete when satisfied: curl -X DELETE <elasticsearch>/%s%n",
                    report.previous(), String.join(",", report.previous()));
        }
    }
}
