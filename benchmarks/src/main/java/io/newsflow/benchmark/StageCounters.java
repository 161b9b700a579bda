package io.newsflow.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads one counter from a service's Prometheus endpoint: the sum of every series of a metric
 * whose labels contain a given fragment (for example {@code outcome="enriched"}). This is what an
 * operator's dashboard shows, so the benchmark measures the same numbers.
 */
final class StageCounters {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StageCounters() {
    }

    static double read(URI service, String metric, String labelFragment) {
        try {
            String text = HTTP.send(HttpRequest.newBuilder(service.resolve("/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return text.lines()
                    .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                    .filter(line -> labelFragment == null || line.contains(labelFragment))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
        } catch (IOException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }
}
