package io.newsflow.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One reading of a service's {@code /actuator/prometheus}, as Prometheus would scrape it (for the
 * system tests and the benchmarks): the samples of the text exposition format (written by hand: a
 * few lines, and the Prometheus client libraries parse only their own protobuf format).
 */
public final class MetricsScrape {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private MetricsScrape(List<Sample> samples) {
        this.samples = samples;
    }

    public static MetricsScrape of(URI baseUri) {
        HttpRequest request = HttpRequest.newBuilder(baseUri.resolve("/actuator/prometheus"))
                .header("Accept", "text/plain;version=0.0.4").timeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("could not scrape " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static MetricsScrape parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(sample(line.strip()));
            }
        }
        return new MetricsScrape(samples);
    }

    /** Names of every series family present, with their suffixes ({@code _total}, {@code _bucket}, ...). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples.forEach(sample -> names.add(sample.name()));
        return names;
    }

    /** Sum of the samples of {@code name} whose labels include every given label (name, value, ...). */
    public double sum(String name, String... labelPairs) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < labelPairs.length; i += 2) {
            wanted.put(labelPairs[i], labelPairs[i + 1]);
        }
        return sum(name, s -> wanted.entrySet().stream().allMatch(e -> e.getValue().equals(s.labels().get(e.getKey()))));
    }

    /** Like {@link #sum} over the samples whose label {@code label} starts with {@code prefix}. */
    public double sumWithLabelPrefix(String name, String label, String prefix) {
        return sum(name, s -> s.labels().getOrDefault(label, "").startsWith(prefix));
    }

    private double sum(String name, Predicate<Sample> which) {
        return samples.stream()
                .filter(s -> s.name().equals(name))
                .filter(which)
                .mapToDouble(Sample::value)
                .filter(v -> !Double.isNaN(v))
                .sum();
    }

    /** {@code name{a="x",b="y \"quoted\""} 1.0 [timestamp]}. */
    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        int rest;
        if (brace >= 0 && brace < space) {
            name = line.substring(0, brace);
            int i = brace + 1;
            while (line.charAt(i) != '}') {
                int equals = line.indexOf('=', i);
                String label = line.substring(i, equals).strip();
                StringBuilder value = new StringBuilder();
                int j = equals + 2; // after ="
                for (; line.charAt(j) != '"'; j++) {
                    char c = line.charAt(j);
                    if (c == '\\') {
                        char next = line.charAt(++j);
                        value.append(next == 'n' ? '\n' : next);
                    } else {
                        value.append(c);
                    }
                }
                labels.put(label, value.toString());
                i = j + 1;
                if (line.charAt(i) == ',') {
                    i++;
                }
            }
            rest = i + 1;
        } else {
            name = line.substring(0, space);
            rest = space;
        }
        String[] valueAndTime = line.substring(rest).strip().split("\\s+");
        return new Sample(name, labels, parseValue(valueAndTime[0]));
    }

    private static double parseValue(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }
}
