package io.newsflow.publish.reindex;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

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
        out.printf("Rebuilt alias %s: %s -> %s%n", alias, describe(report.previous()), describe(report.current()));
        out.printf("  %,d upserts and %,d retractions answered (older revisions among them kept out by their version), "
                        + "%,d records skipped (unreadable, past retention, nothing to retract), in %.1f s%n",
                report.written(), report.deleted(), report.skipped(), report.took().toMillis() / 1000.0);
        out.printf("  fill: %,d records in %.1f s with %d readers = %,.0f docs/s%n",
                report.filled(), report.fill().toMillis() / 1000.0, report.readers(), report.fillRate());
        if (!report.previous().isEmpty()) {
            out.printf("  %s kept for roll-back; delete when satisfied: curl -X DELETE <elasticsearch>/%s%n",
                    describe(report.previous()), String.join(",", report.previous()));
        }
    }

    /** A set of 25 monthly indices reads better as its first and last. */
    private static String describe(Collection<String> indices) {
        List<String> sorted = new TreeSet<>(indices).stream().toList();
        return sorted.size() <= 3 ? sorted.toString()
                : "[" + sorted.getFirst() + " .. " + sorted.getLast() + "] (" + sorted.size() + " indices)";
    }
}
