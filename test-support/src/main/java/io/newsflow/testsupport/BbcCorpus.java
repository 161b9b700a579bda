package io.newsflow.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real news text for load and fault runs: the public BBC corpus in {@code ../shared/eval/bbc},
 * read at run time and never copied into the project. Each file: the title, a blank line, the body.
 */
public final class BbcCorpus {

    public record BbcArticle(String category, String file, String title, String body) {
    }

    private BbcCorpus() {
    }

    /** {@code ../shared/eval/bbc} beside the repository; {@code newsflow.root} names the repository (default: the parent folder of a module). */
    public static Path location() {
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        return root.resolveSibling("shared").resolve("eval").resolve("bbc");
    }

    public static boolean available() {
        return Files.isDirectory(location().resolve("business"));
    }

    /** Up to {@code limit} articles, taken round-robin over the five categories so any prefix is mixed. */
    public static List<BbcArticle> read(int limit) {
        try (Stream<Path> files = Files.walk(location())) {
            List<Path> all = files.filter(p -> p.getFileName().toString().matches("\\d+\\.txt"))
                    .sorted((a, b) -> {
                        int byNumber = a.getFileName().compareTo(b.getFileName());
                        return byNumber != 0 ? byNumber : a.getParent().compareTo(b.getParent());
                    })
                    .toList();
            return all.stream().limit(limit).map(BbcCorpus::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BbcArticle parse(Path file) {
        try {
            // Decoding replaces the odd malformed byte instead of failing the whole run on it.
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r", "");
            int split = text.indexOf("\n\n");
            String title = text.substring(0, Math.max(split, 0)).strip();
            String body = text.substring(split + 2).strip();
            return new BbcArticle(file.getParent().getFileName().toString(), file.getFileName().toString(), title, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
