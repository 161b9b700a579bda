package io.newsflow.ingest.bench.pages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the two page sets of {@code ../shared/eval/pages} at run time (they are never copied into the
 * project). Fundus: publishers A-L are the development part, M-Z the held-out part. Readability:
 * pages of 8 KB or more are the real pages; the smaller ones are synthetic cases of one HTML quirk.
 */
public final class EvalSets {

    public static final String FUNDUS_DEVELOPMENT = "A-L";
    public static final String FUNDUS_HELD_OUT = "M-Z";
    public static final String READABILITY_REAL = "real";
    public static final String READABILITY_SYNTHETIC = "synthetic";
    private static final int REAL_PAGE_BYTES = 8 * 1024;
    // Readability's tests load every page from fakehost; a path per case, so that two cases are two addresses.
    private static final String READABILITY_URL = "http://fakehost/test/%s/page.html";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvalSets() {
    }

    /** {@code ../shared/eval/pages} beside the repository; {@code newsflow.root} names the repository. */
    public static Path location() {
        Path root = Path.of(System.getProperty("newsflow.root", "..")).toAbsolutePath().normalize();
        return root.resolveSibling("shared").resolve("eval").resolve("pages");
    }

    public static boolean available() {
        return Files.isDirectory(location().resolve("fundus")) && Files.isDirectory(location().resolve("readability"));
    }

    public static List<EvalPage> fundus() {
        List<EvalPage> pages = new ArrayList<>();
        for (Path country : list(location().resolve("fundus")).stream().filter(Files::isDirectory).toList()) {
            JsonNode meta = readJson(country.resolve("meta.info"));
            for (Path expectedFile : list(country).stream().filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                String publisher = expectedFile.getFileName().toString().replaceFirst("\\.json$", "");
                List<Path> htmls = list(country).stream()
                        .filter(p -> p.getFileName().toString().matches("\\Q" + publisher + "\\E_\\d.*\\.html\\.gz")).toList();
                JsonNode expected = readJson(expectedFile);
                List<String> keys = new ArrayList<>(expected.propertyNames());
                keys.sort(null);
                for (int i = 0; i < Math.min(keys.size(), htmls.size()); i++) {
                    pages.add(fundusPage(country, publisher, htmls.get(i), meta, expected.get(keys.get(i))));
                }
            }
        }
        return pages;
    }

    private static EvalPage fundusPage(Path country, String publisher, Path html, JsonNode meta, JsonNode expected) {
        String file = html.getFileName().toString();
        char initial = Character.toUpperCase(publisher.charAt(0));
        String part = initial <= 'L' ? FUNDUS_DEVELOPMENT : FUNDUS_HELD_OUT;
        List<String> authors = new ArrayList<>();
        expected.path("authors").forEach(author -> authors.add(author.asString()));
        List<String> all = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        JsonNode body = expected.path("body");
        body.path("summary").forEach(line -> all.add(line.asString()));
        for (JsonNode section : body.path("sections")) {
            section.path("headline").forEach(line -> all.add(line.asString()));
            section.path("paragraphs").forEach(line -> {
                all.add(line.asString());
                paragraphs.add(line.asString());
            });
        }
        return new EvalPage("fundus", part, country.getFileName() + "/" + file, meta.path(file).path("url").asString(null),
                gunzip(html), expected.path("title").asString(null), authors, null,
                instant(expected.path("publishing_date").asString(null)), null, String.join("\n\n", all), String.join("\n\n", paragraphs),
                paragraphs);
    }

    public static List<EvalPage> readability() {
        List<EvalPage> pages = new ArrayList<>();
        for (Path dir : list(location().resolve("readability")).stream().filter(Files::isDirectory).toList()) {
            try {
                byte[] source = Files.readAllBytes(dir.resolve("source.html"));
                JsonNode meta = readJson(dir.resolve("expected-metadata.json"));
                Document expected = Jsoup.parse(Files.readString(dir.resolve("expected.html")));
                String body = expected.text();
                List<String> paragraphs = expected.select("p").stream().map(Element::text).filter(t -> !t.isBlank()).toList();
                pages.add(new EvalPage("readability", source.length >= REAL_PAGE_BYTES ? READABILITY_REAL : READABILITY_SYNTHETIC,
                        dir.getFileName().toString(), READABILITY_URL.formatted(dir.getFileName()), source, meta.path("title").asString(null), null,
                        meta.path("byline").asString(null), instant(meta.path("publishedTime").asString(null)),
                        meta.path("lang").asString(null), body, body, paragraphs));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) ", "$1T")).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text.strip());
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted((a, b) -> a.getFileName().toString().toLowerCase(Locale.ROOT)
                    .compareTo(b.getFileName().toString().toLowerCase(Locale.ROOT))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
