package io.newsflow.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enrich service's own tagger in a bare loop over BBC articles, without Kafka: the ceiling for
 * the enrich stage. It runs {@value #MAIN} from the enrich-evaluation jar in a JVM of its own.
 */
final class TaggerAnchor {

    static final String MAIN = "io.newsflow.enrich.evaluation.benchmark.BareTaggerThroughput";
    private static final Pattern RATE = Pattern.compile("([\\d.]+) articles/s");

    private TaggerAnchor() {
    }

    /** Articles per second on this many threads, or null when the jar has no such main class. */
    static Double run(Path enrichJar, Path bbc, int threads) {
        try {
            List<String> output = JarLauncher.run(enrichJar, MAIN, "1g", List.of(bbc.toString(), "300", Integer.toString(threads)));
            for (String line : output.reversed()) {
                Matcher m = RATE.matcher(line);
                if (m.find()) {
                    return Double.parseDouble(m.group(1));
                }
            }
            return null;
        } catch (IllegalStateException e) {
            return null;
        }
    }
}
