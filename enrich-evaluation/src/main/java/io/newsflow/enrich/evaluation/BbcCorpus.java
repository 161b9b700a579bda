package io.newsflow.enrich.evaluation;

import io.newsflow.enrich.topics.IptcTopics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The BBC News corpus in {@code eval/bbc}: five folders (labels), one article per file, the title
 * on the first line. The fixed split: a file whose number is divisible by 5 is TEST, the rest TRAINING.
 */
public final class BbcCorpus {

    /** BBC label to IPTC Media Topic, as in the shared notes. */
    public static final Map<String, String> LABEL_TO_TOPIC = Map.of(
            "business", IptcTopics.ECONOMY,
            "entertainment", IptcTopics.ARTS,
            "politics", IptcTopics.POLITICS,
            "sport", IptcTopics.SPORT,
            "tech", IptcTopics.SCIENCE_TECHNOLOGY);

    /** One article with its gold topic code and its number within its folder. */
    public record Article(String label, int number, String title, String body) {

        public String topicCode() {
            return LABEL_TO_TOPIC.get(label);
        }

        public boolean isTest() {
            return number % 5 == 0;
        }
    }

    private BbcCorpus() {
    }

    public static List<Article> all(Path evalDir) {
        Path bbc = evalDir.resolve("bbc");
        return LABEL_TO_TOPIC.keySet().stream().sorted()
                .flatMap(label -> files(bbc.resolve(label)).map(file -> read(label, file)))
                .toList();
    }

    public static List<Article> training(Path evalDir) {
        return all(evalDir).stream().filter(a -> !a.isTest()).toList();
    }

    public static List<Article> test(Path evalDir) {
        return all(evalDir).stream().filter(Article::isTest).toList();
    }

    private static Stream<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("\\d+\\.txt")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article read(String label, Path file) {
        String text = readLenient(file);
        int newline = text.indexOf('\n');
        String title = (newline < 0 ? text : text.substring(0, newline)).strip();
        String body = newline < 0 ? "" : text.substring(newline + 1).strip();
        int number = Integer.parseInt(file.getFileName().toString().replace(".txt", ""));
        return new Article(label, number, title, body);
    }

    /** A few BBC files are Latin-1 (a stray pound sign): decode leniently rather than fail. */
    private static String readLenient(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return new String(bytes, Charset.forName("windows-1252"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
