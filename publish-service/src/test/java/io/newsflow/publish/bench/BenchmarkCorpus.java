package io.newsflow.publish.bench;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Keyword;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Source;
import io.newsflow.contract.TopicScore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Enriched articles for the benchmark, built from the BBC corpus in {@code ../shared/eval/bbc}
 * (read at run time, never copied): title and body as they are, the folder as topic, and the
 * capitalised phrases of the title and lead as entities, so documents have the size and shape of
 * real ones. Repeated under new ids until the wanted count is reached.
 */
final class BenchmarkCorpus {

    private BenchmarkCorpus() {
    }

    /** {@code -Dbench.corpus=DIR} if given, else the shared eval data seen from the repository root or the module. */
    static Optional<Path> locate() {
        String given = System.getProperty("bench.corpus", "");
        return (given.isBlank() ? Stream.of("../shared/eval/bbc", "../../shared/eval/bbc") : Stream.of(given))
                .map(Path::of).filter(Files::isDirectory).findFirst();
    }

    /** One corpus file, read and tagged once, to stamp out many articles from. */
    record Text(String title, String body, String topic, List<Entity> entities) {
    }

    static List<EnrichedArticle> load(Path bbc, int count) {
        List<Text> texts = texts(bbc);
        List<EnrichedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "bench-" + i;
            Instant published = Instant.parse("2005-01-01T00:00:00Z").plusSeconds(Math.abs(id.hashCode() % 31_536_000L));
            articles.add(article(id, texts.get(i % texts.size()), new Source("BBC News", "bbc.example"), published));
        }
        return articles;
    }

    static List<Text> texts(Path bbc) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(bbc)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream().map(BenchmarkCorpus::text).toList();
    }

    private static Text text(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int firstBreak = text.indexOf('\n');
        String title = text.substring(0, Math.max(firstBreak, 0)).strip();
        String body = text.substring(firstBreak + 1).strip();
        return new Text(title, body, file.getParent().getFileName().toString(),
                entities(title + " " + body.substring(0, Math.min(600, body.length()))));
    }

    /** An article with this id and source, published (and first received a minute later) at {@code published}. */
    static EnrichedArticle article(String id, Text text, Source source, Instant published) {
        RawArticle raw = new RawArticle(RawArticle.SCHEMA_VERSION, id, 1,
                "https://" + source.domain() + "/news/" + id, "https://" + source.domain() + "/news/" + id,
                source, text.title(), null, text.body(), List.of(), "en",
                published, null, published.plusSeconds(60), null, "sha256:" + id, null);
        return new EnrichedArticle(EnrichedArticle.SCHEMA_VERSION, raw, text.entities(),
                List.of(new TopicScore("bbc:" + text.topic(), text.topic(), 0.9)),
                List.of(new Keyword(text.topic(), 1.0)), published.plusSeconds(90), "benchmark", false);
    }

    private static List<Entity> entities(String text) {
        Set<String> names = new LinkedHashSet<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split("[^\\p{L}'-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                current.append(current.isEmpty() ? "" : " ").append(word);
            } else if (!current.isEmpty()) {
                names.add(current.toString());
                current.setLength(0);
            }
        }
        EntityType[] types = EntityType.values();
        List<Entity> entities = new ArrayList<>();
        int i = 0;
        for (String name : names) {
            if (entities.size() == 12) {
                break;
            }
            entities.add(new Entity(name, types[i++ % types.length], 1, 0.5, List.of(name)));
        }
        return entities;
    }
}
