package io.newsflow.ingest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The BBC News articles of {@code ../shared/eval/bbc} (read at run time, never copied): each file is
 * the title, a blank line and the body. Found from the repository root or a module directory, or
 * wherever {@code -Dnewsflow.eval.dir} points.
 */
record BbcCorpus(List<Article> articles) {

    record Article(String section, String name, String title, String body) {
    }

    static Path locate() {
        String configured = System.getProperty("newsflow.eval.dir");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/eval"), Path.of("../../shared/eval"));
        return candidates.stream().map(dir -> dir.resolve("bbc")).filter(Files::isDirectory).findFirst().orElse(null);
    }

    static BbcCorpus load(Path bbc, int limit) {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(bbc)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") && !f.getFileName().toString().startsWith("README")).sorted().toList()) {
                String text = read(file);
                String[] parts = text.split("\\R", 2);
                if (parts.length == 2 && !parts[1].isBlank()) {
                    articles.add(new Article(file.getParent().getFileName().toString(), file.getFileName().toString(), parts[0].strip(), parts[1]));
                }
                if (articles.size() >= limit) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BbcCorpus(articles);
    }

    /** UTF-8, except for the odd file of the corpus that is Latin-1. */
    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            return Files.readString(file, Charset.forName("ISO-8859-1"));
        }
    }
}
