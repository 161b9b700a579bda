package io.newsflow.enrich.evaluation;

import io.newsflow.contract.EnrichedArticle;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.TopicScore;
import io.newsflow.enrich.enrichment.ArticleEnricher;
import io.newsflow.enrich.tagging.StandardArticleTagger;
import io.newsflow.enrich.tagging.TaggingSettings;
import io.newsflow.enrich.tagging.canonical.KnownAliases;
import io.newsflow.enrich.tagging.canonical.NameKey;
import io.newsflow.enrich.tagging.ner.CoreNlpEntityRecognizer;
import io.newsflow.enrich.tagging.ner.Mention;
import io.newsflow.enrich.topics.IptcTopic;
import io.newsflow.enrich.topics.IptcTopics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Enrichment on real recent pages: the pages of {@code pages/fundus} go through ingest's own HTML
 * path ({@link IngestPath}: extraction, cleaning, normalisation, language) and then the enricher,
 * as in the pipeline; the pages ingest finds to be English are measured.
 * <ul>
 *   <li>Entity-tag recall: the publishers' own tags ({@code topics} in the expected files) that
 *       name an entity, and the share of them found among the article's canonical entities. A tag
 *       names an entity when the recogniser, given the tag alone, tags every word of it as one
 *       person, organisation or place ("Kamala Harris", "Nato"; not "Politics", "World news").
 *       Found = the tag equals an entity's canonical name or one of its surface forms, compared
 *       like names are merged ({@link NameKey}, known aliases). The misses are listed.</li>
 *   <li>How often each IPTC topic is assigned, and how often first, so a topic that never or
 *       always fires is visible.</li>
 * </ul>
 * A measure to watch, not a target: nothing from these pages goes into any list of the service.
 */
final class FundusEvaluation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The service's default newsflow.enrich.tagging.max-chars. */
    private static final int MAX_TAGGED_CHARS = 20_000;

    private FundusEvaluation() {
    }

    /** One publisher tag that names an entity, and whether the article's entities hold it. */
    private record TagResult(String page, String tag, EntityType type, boolean found) {
    }

    static void run(Path fundus) {
        long start = System.nanoTime();
        IngestPath ingest = new IngestPath();
        StandardArticleTagger tagger = StandardArticleTagger.create(TaggingSettings.defaults());
        ArticleEnricher enricher = new ArticleEnricher(tagger, MAX_TAGGED_CHARS, Clock.systemUTC());
        CoreNlpEntityRecognizer tagRecognizer = CoreNlpEntityRecognizer.forArticles();
        KnownAliases aliases = KnownAliases.load();

        int pages = 0;
        int rejected = 0;
        int english = 0;
        int publisherTags = 0;
        List<TagResult> results = new ArrayList<>();
        Map<IptcTopic, Integer> assigned = new LinkedHashMap<>();
        Map<IptcTopic, Integer> first = new LinkedHashMap<>();
        IptcTopics.all().forEach(t -> {
            assigned.put(t, 0);
            first.put(t, 0);
        });
        int noTopic = 0;
        for (Page page : Page.all(fundus)) {
            pages++;
            Optional<RawArticle> raw = ingest.read(page.html(), page.url());
            if (raw.isEmpty()) {
                rejected++;
                continue;
            }
            if (!"en".equals(raw.get().language())) {
                continue;
            }
            english++;
            EnrichedArticle enriched = enricher.enrich(raw.get());
            for (String tag : page.tags()) {
                publisherTags++;
                entityType(tag, tagRecognizer).ifPresent(type ->
                        results.add(new TagResult("%s (%,d chars, %d entities)".formatted(page.name(),
                                raw.get().body() == null ? 0 : raw.get().body().length(), enriched.entities().size()),
                                tag, type, found(tag, enriched.entities(), aliases))));
            }
            for (TopicScore topic : enriched.topics()) {
                assigned.merge(IptcTopics.byCode(topic.code()), 1, Integer::sum);
            }
            if (enriched.topics().isEmpty()) {
                noTopic++;
            } else {
                first.merge(IptcTopics.byCode(enriched.topics().getFirst().code()), 1, Integer::sum);
            }
        }

        System.out.printf("%nReal pages: %s, %d pages, %d rejected by ingest, %d English (ingest's language) extracted and enriched (%.0f s)%n",
                fundus, pages, rejected, english, (System.nanoTime() - start) / 1e9);
        long found = results.stream().filter(TagResult::found).count();
        System.out.printf("  publisher tags %d, of which name an entity %d; found among the canonical entities %d: recall %.3f%n",
                publisherTags, results.size(), found, results.isEmpty() ? 0 : (double) found / results.size());
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)) {
            List<TagResult> ofType = results.stream().filter(r -> r.type() == type).toList();
            long typeFound = ofType.stream().filter(TagResult::found).count();
            System.out.printf("    %-13s %3d of %3d%n", type, typeFound, ofType.size());
        }
        System.out.println("  misses (page (extracted body, entities found): tag (type of the tag alone)):");
        results.stream().filter(r -> !r.found())
                .forEach(r -> System.out.printf("    %s: %s (%s)%n", r.page(), r.tag(), r.type()));
        System.out.printf("  IPTC topics over the %d English pages (assigned / first; no topic at all: %d):%n", english, noTopic);
        assigned.forEach((topic, count) -> System.out.printf("    %-45s %3d / %3d%n", topic.label(), count, first.get(topic)));
    }

    /** The type of the one entity the tag alone is, or empty when it is not exactly one entity. */
    private static Optional<EntityType> entityType(String tag, CoreNlpEntityRecognizer recognizer) {
        List<Mention> mentions = recognizer.recognize(tag.strip());
        if (mentions.size() != 1 || mentions.getFirst().type() == EntityType.MISC) {
            return Optional.empty();
        }
        Mention only = mentions.getFirst();
        boolean wholeTag = tag.strip().substring(0, only.begin()).isBlank() && tag.strip().substring(only.end()).isBlank();
        return wholeTag ? Optional.of(only.type()) : Optional.empty();
    }

    private static boolean found(String tag, List<Entity> entities, KnownAliases aliases) {
        Set<String> keys = new HashSet<>();
        keys.add(NameKey.of(tag));
        aliases.find(tag).ifPresent(alias -> keys.add(NameKey.of(alias.name())));
        return entities.stream().anyMatch(e -> keys.contains(NameKey.of(e.name()))
                || e.surfaceForms().stream().anyMatch(s -> keys.contains(NameKey.of(s))));
    }

    /** One crawled page with its URL and its publisher's tags, in the layout the folder's README describes. */
    private record Page(String name, byte[] html, String url, List<String> tags) {

        static List<Page> all(Path fundus) {
            List<Page> pages = new ArrayList<>();
            try (Stream<Path> countries = Files.list(fundus)) {
                for (Path country : countries.filter(Files::isDirectory).sorted().toList()) {
                    pages.addAll(ofCountry(country));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return pages;
        }

        /** Entries of {@code <Publisher>.json} sorted by key match the publisher's pages sorted by file name. */
        private static List<Page> ofCountry(Path country) throws IOException {
            JsonNode meta = JSON.readTree(country.resolve("meta.info").toFile());
            List<Page> pages = new ArrayList<>();
            List<Path> expectedFiles;
            try (Stream<Path> files = Files.list(country)) {
                expectedFiles = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            for (Path expectedFile : expectedFiles) {
                String publisher = expectedFile.getFileName().toString().replace(".json", "");
                JsonNode expected = JSON.readTree(expectedFile.toFile());
                List<String> keys = new ArrayList<>(expected.propertyNames());
                keys.sort(null);
                List<Path> htmls;
                try (Stream<Path> files = Files.list(country)) {
                    htmls = files.filter(f -> f.getFileName().toString().matches(java.util.regex.Pattern.quote(publisher) + "_[\\d_]+\\.html\\.gz"))
                            .sorted().toList();
                }
                for (int i = 0; i < Math.min(keys.size(), htmls.size()); i++) {
                    String file = htmls.get(i).getFileName().toString();
                    List<String> tags = new ArrayList<>();
                    expected.get(keys.get(i)).path("topics").forEach(t -> tags.add(t.asString()));
                    pages.add(new Page(country.getFileName() + "/" + file, gunzip(htmls.get(i)),
                            meta.path(file).path("url").asString(null), tags));
                }
            }
            return pages;
        }

        private static byte[] gunzip(Path file) throws IOException {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return in.readAllBytes();
            }
        }
    }
}
