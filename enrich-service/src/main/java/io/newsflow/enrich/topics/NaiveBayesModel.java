package io.newsflow.enrich.topics;

import io.newsflow.enrich.keywords.WordRarity;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multinomial Naive Bayes text classifier over IPTC topics, stored as word counts per topic
 * (gzip'd TSV, a few hundred kB) so it is small, diffable in its header and retrainable by
 * enrich-evaluation's TrainTopicModel. Log-probabilities are computed at
 * load time with Laplace smoothing. The same file carries each word's document frequency, which
 * the keyword extractor uses as its measure of rarity.
 */
public final class NaiveBayesModel implements WordRarity {

    static final String FORMAT = "newsflow-naive-bayes-v1";
    private static final double ALPHA = 1.0;

    private final List<IptcTopic> topics;
    private final double[] logPriors;
    private final double[] unseenLogLikelihoods;
    private final Map<String, double[]> logLikelihoods;
    private final Map<String, Integer> documentFrequencies;
    private final int documents;

    private NaiveBayesModel(List<IptcTopic> topics, int[] documentsPerTopic, Map<String, int[]> counts,
                            Map<String, Integer> documentFrequencies) {
        this.topics = List.copyOf(topics);
        this.documentFrequencies = Map.copyOf(documentFrequencies);
        int k = topics.size();
        this.documents = Arrays.stream(documentsPerTopic).sum();
        this.logPriors = new double[k];
        long[] tokensPerTopic = new long[k];
        counts.values().forEach(c -> {
            for (int i = 0; i < k; i++) {
                tokensPerTopic[i] += c[i];
            }
        });
        this.unseenLogLikelihoods = new double[k];
        for (int i = 0; i < k; i++) {
            logPriors[i] = Math.log((double) documentsPerTopic[i] / documents);
            unseenLogLikelihoods[i] = Math.log(ALPHA / (tokensPerTopic[i] + ALPHA * counts.size()));
        }
        this.logLikelihoods = new HashMap<>(counts.size() * 2);
        counts.forEach((word, c) -> {
            double[] logs = new double[k];
            for (int i = 0; i < k; i++) {
                logs[i] = Math.log((c[i] + ALPHA) / (tokensPerTopic[i] + ALPHA * counts.size()));
            }
            logLikelihoods.put(word, logs);
        });
    }

    public static NaiveBayesModel of(List<IptcTopic> topics, int[] documentsPerTopic, Map<String, int[]> counts,
                                     Map<String, Integer> documentFrequencies) {
        return new NaiveBayesModel(topics, documentsPerTopic, counts, documentFrequencies);
    }

    public List<IptcTopic> topics() {
        return topics;
    }

    /** Log prior plus the sum of the words' log-likelihoods, per topic; words the model never saw are skipped. */
    public double[] logScores(List<String> words) {
        double[] scores = logPriors.clone();
        for (String word : words) {
            double[] logs = logLikelihoods.get(word);
            if (logs != null) {
                for (int i = 0; i < scores.length; i++) {
                    scores[i] += logs[i];
                }
            }
        }
        return scores;
    }

    /** Number of the given words the model knows. */
    public int known(List<String> words) {
        return (int) words.stream().filter(logLikelihoods::containsKey).count();
    }

    @Override
    public double idf(String word) {
        int df = documentFrequencies.getOrDefault(word, 0);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }

    // --- storage -------------------------------------------------------------------------------

    public static NaiveBayesModel load(String resource) {
        try (InputStream in = NaiveBayesModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing topic model " + resource + "; train it with TrainTopicModel");
            }
            return read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NaiveBayesModel read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<IptcTopic> topics = null;
        int[] documentsPerTopic = null;
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Integer> dfs = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            switch (columns[0]) {
                case "format" -> {
                    if (!FORMAT.equals(columns[1])) {
                        throw new IllegalStateException("unknown topic model format " + columns[1]);
                    }
                }
                case "topics" -> topics = Arrays.stream(columns, 1, columns.length).map(IptcTopics::byCode).toList();
                case "documents" -> documentsPerTopic = ints(columns, 1);
                case "w" -> {
                    dfs.put(columns[1], Integer.parseInt(columns[2]));
                    counts.put(columns[1], ints(columns, 3));
                }
                default -> throw new IllegalStateException("unexpected line in topic model: " + columns[0]);
            }
        }
        if (topics == null || documentsPerTopic == null) {
            throw new IllegalStateException("topic model lacks its topics/documents header");
        }
        return new NaiveBayesModel(topics, documentsPerTopic, counts, dfs);
    }

    private static int[] ints(String[] columns, int from) {
        return Arrays.stream(columns, from, columns.length).mapToInt(Integer::parseInt).toArray();
    }

    /** Writes the model as gzip'd TSV: a header, then one line per word, sorted, so retraining gives a stable file. */
    public static void write(OutputStream out, List<String> comments, List<IptcTopic> topics, int[] documentsPerTopic,
                             Map<String, int[]> counts, Map<String, Integer> documentFrequencies) throws IOException {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
            for (String comment : comments) {
                writer.write("# " + comment + "\n");
            }
            writer.write("format\t" + FORMAT + "\n");
            writer.write("topics\t" + String.join("\t", topics.stream().map(IptcTopic::code).toList()) + "\n");
            writer.write("documents\t" + join(documentsPerTopic) + "\n");
            for (String word : counts.keySet().stream().sorted().toList()) {
                writer.write("w\t" + word + "\t" + documentFrequencies.get(word) + "\t" + join(counts.get(word)) + "\n");
            }
        }
    }

    private static String join(int[] values) {
        return String.join("\t", Arrays.stream(values).mapToObj(Integer::toString).toList());
    }
}
