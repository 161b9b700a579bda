package io.newsflow.publish.reindex;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.io.PrintStream;

/**
 * {@code java -jar publish-service.jar reindex}: rebuilds the index behind alias {@code news}
 * (see {@link IndexRebuilder}), prints what it did, and exits. Runs in the "reindex" profile,
 * where the web server and the live Kafka listener stay off.
 */
public final class ReindexCommand implements ApplicationRunner {

    private final IndexRebuilder rebuilder;
    private final PrintStream out;

    public ReindexCommand(IndexRebuilder rebuilder, PrintStream out) {
        this.rebuilder = rebuilder;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        IndexRebuilder.Report report = rebuilder.rebuild();
        out.printf("Rebuilt alias news: %s -> %s%n", report.previous(), report.current());
        out.printf("  %d upserts and %d deletes answered (older revisions among them kept out by their version), %d unreadable records skipped, in %.1f s%n",
                report.written(), report.deleted(), report.skipped(), report.took().toMillis() / 1000.0);
        for (String old : report.previous()) {
            out.printf("  %s is kept for roll-back; delete it when satisfied: curl -X DELETE <elasticsearch>/%s%n", old, old);
        }
    }
}
