package io.newsflow.ingest.bench.pages;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.TestIngestors;
import io.newsflow.ingest.article.ArticleIngestor;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.ingest.clean.SelfPromotion;
import io.newsflow.ingest.input.ArticleInputReader;
import io.newsflow.ingest.input.InboundItem;
import io.newsflow.ingest.input.InputHints;
import io.newsflow.ingest.normalize.TextNormalizer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Extraction quality on real pages nobody on the project wrote: {@code ../shared/eval/pages/fundus} and
 * {@code pages/readability}, each page through exactly the code path of {@code POST text/html} without
 * Kafka (input reader, extractor, normaliser, boilerplate cleaning, validation, language, identity).
 * Prints per set and part: body precision / recall / F1 / accuracy by the shingle measure, empty bodies,
 * title, authors, date, language, pages/s on one thread, ids shared by two pages, and the worst pages
 * (of the development parts only: the held-out half of fundus is measured, never looked at).
 *
 * <pre>ingest-service/benchmark pages</pre>
 */
public final class PageEvaluation {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PageEvaluation() {
    }

    record Outcome(EvalPage page, ShingleOverlap body, ShingleOverlap paragraphsOnly, ShingleOverlap withSubtitle, String rejected,
                   Boolean title, Boolean authors, Boolean date, Boolean language, String id, RawArticle article) {
    }

    public static void main(String[] args) {
        if (!EvalSets.available()) {
            System.out.println("SKIPPED: " + EvalSets.location() + " not found (-Dnewsflow.root names the repository)");
            return;
        }
        int worst = Integer.getInteger("newsflow.eval.worst", 20);
        report("fundus", EvalSets.fundus(), List.of(EvalSets.FUNDUS_DEVELOPMENT, EvalSets.FUNDUS_HELD_OUT),
                Set.of(EvalSets.FUNDUS_DEVELOPMENT), worst);
        report("readability", EvalSets.readability(), List.of(EvalSets.READABILITY_REAL, EvalSets.READABILITY_SYNTHETIC),
                Set.of(EvalSets.READABILITY_REAL, EvalSets.READABILITY_SYNTHETIC), worst);
    }

    private static void report(String set, List<EvalPage> pages, List<String> parts, Set<String> shown, int worst) {
        run(pages, new long[2]); // warm-up: the measured pass runs compiled code
        long[] spent = new long[2];
        List<Outcome> outcomes = run(pages, spent);
        double cpuSeconds = spent[0] / 1e9;
        double wallSeconds = spent[1] / 1e9;

        System.out.printf("%n== %s: %d pages (%s)%n", set, pages.size(), EvalSets.location().resolve(set));
        System.out.printf("%-11s %5s %6s %6s %6s %6s %6s %7s %7s %7s %7s %9s %9s%n", "part", "pages", "P", "R", "F1", "exact",
                "empty", "title", "authors", "date", "lang", "F1 paras", "F1 +sub");
        for (String part : parts) {
            line(part, outcomes.stream().filter(o -> o.page().part().equals(part)).toList());
        }
        line("all", outcomes);
        System.out.printf("speed: %.0f pages/s on one thread's CPU time (%.2f s), %.0f pages/s wall (%.2f s)%n",
                pages.size() / cpuSeconds, cpuSeconds, pages.size() / wallSeconds, wallSeconds);
        // The appeal classifier's precision on text known to be article: every expected paragraph it would remove is a loss.
        long paragraphs = pages.stream().mapToLong(page -> page.articleParagraphs().size()).sum();
        long removed = pages.stream().mapToLong(page -> page.articleParagraphs().size() - SelfPromotion.remove(page.articleParagraphs()).size()).sum();
        System.out.printf("self-promotion classifier on the expected article paragraphs: %d of %d removed%n", removed, paragraphs);
        Map<String, Long> rejected = outcomes.stream().filter(o -> o.rejected() != null)
                .collect(Collectors.groupingBy(Outcome::rejected, TreeMap::new, Collectors.counting()));
        System.out.println("rejected: " + (rejected.isEmpty() ? "none" : rejected));
        // Two crawls of one address are one article; two addresses under one id are two articles merged.
        Map<String, Map<String, String>> byId = new HashMap<>();
        outcomes.stream().filter(o -> o.id() != null)
                .forEach(o -> byId.computeIfAbsent(o.id(), id -> new TreeMap<>()).putIfAbsent(o.page().url(), o.page().label()));
        List<String> merged = byId.values().stream().filter(urls -> urls.size() > 1).map(urls -> String.join(" + ", urls.values())).toList();
        System.out.println("ids shared by pages of different addresses: " + (merged.isEmpty() ? "none" : merged.size() + " " + merged));
        System.out.printf("worst %d pages by body F1 (parts %s):%n", worst, shown);
        outcomes.stream().filter(o -> shown.contains(o.page().part()))
                .sorted(Comparator.comparingDouble((Outcome o) -> o.body().f1()).thenComparing(o -> o.page().label()))
                .limit(worst)
                .forEach(o -> System.out.printf("  %-52s P %.2f R %.2f F1 %.2f  words %d/%d%s%n", o.page().label(), o.body().precision(),
                        o.body().recall(), o.body().f1(), o.body().extractedWords(), o.body().expectedWords(),
                        o.rejected() == null ? "" : "  rejected " + o.rejected()));
        // -Dnewsflow.eval.fields=true lists the metadata a development page got wrong.
        if (Boolean.getBoolean("newsflow.eval.fields")) {
            outcomes.stream().filter(o -> shown.contains(o.page().part()) && o.article() != null).forEach(PageEvaluation::fieldMisses);
        }
        // -Dnewsflow.eval.dump=LABEL shows what one page of a development part gave, next to what it should give.
        String dump = System.getProperty("newsflow.eval.dump");
        outcomes.stream().filter(o -> o.page().label().equals(dump) && shown.contains(o.page().part())).forEach(PageEvaluation::dump);
    }

    private static void fieldMisses(Outcome o) {
        RawArticle article = o.article();
        if (Boolean.FALSE.equals(o.title())) {
            System.out.printf("  title   %-40s want [%s] got [%s]%n", o.page().label(), o.page().title(), article.title());
        }
        if (Boolean.FALSE.equals(o.authors())) {
            System.out.printf("  authors %-40s want %s got %s%n", o.page().label(),
                    o.page().authors() != null ? o.page().authors() : "[" + o.page().byline() + "]", article.authors());
        }
        if (Boolean.FALSE.equals(o.date())) {
            System.out.printf("  date    %-40s want %s got %s%n", o.page().label(), o.page().publishedAt(), article.publishedAt());
        }
    }

    private static void dump(Outcome outcome) {
        EvalPage page = outcome.page();
        RawArticle article = outcome.article();
        System.out.printf("%n--- %s%nexpected title: %s%nexpected authors: %s %s%nexpected date: %s%n", page.label(), page.title(),
                page.authors(), page.byline(), page.publishedAt());
        if (article != null) {
            System.out.printf("title: %s%nsubtitle: %s%nauthors: %s%ndate: %s%nurl: %s%n", article.title(), article.subtitle(),
                    article.authors(), article.publishedAt(), article.url());
        }
        System.out.printf("--- expected body:%n%s%n--- extracted body:%n%s%n", page.body(), article == null ? outcome.rejected() : article.body());
    }

    private static void line(String part, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        double[] body = average(outcomes, Outcome::body);
        double[] paragraphs = average(outcomes, Outcome::paragraphsOnly);
        double[] withSubtitle = average(outcomes, Outcome::withSubtitle);
        System.out.printf("%-11s %5d %6.3f %6.3f %6.3f %5.1f%% %5.1f%% %7s %7s %7s %7s %9.3f %9.3f%n", part, outcomes.size(), body[0], body[1],
                body[2], 100.0 * outcomes.stream().filter(o -> o.body().exact()).count() / outcomes.size(),
                100.0 * outcomes.stream().filter(o -> o.body().empty()).count() / outcomes.size(),
                share(outcomes, Outcome::title), share(outcomes, Outcome::authors), share(outcomes, Outcome::date),
                share(outcomes, Outcome::language), paragraphs[2], withSubtitle[2]);
    }

    /** Precision averaged over pages with output, recall over all pages, F1 from the two averages. */
    private static double[] average(List<Outcome> outcomes, java.util.function.Function<Outcome, ShingleOverlap> measure) {
        double precision = outcomes.stream().map(measure).filter(Predicate.not(ShingleOverlap::empty))
                .mapToDouble(ShingleOverlap::precision).average().orElse(0);
        double recall = outcomes.stream().map(measure).mapToDouble(ShingleOverlap::recall).average().orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    /** The share of pages that got it right, among those whose expectation says something ("-" when none does). */
    private static String share(List<Outcome> outcomes, java.util.function.Function<Outcome, Boolean> check) {
        List<Boolean> judged = outcomes.stream().map(check).filter(Objects::nonNull).toList();
        return judged.isEmpty() ? "-" : "%.1f%%".formatted(100.0 * judged.stream().filter(b -> b).count() / judged.size());
    }

    /** Every page through the service's path; {@code spent} adds up that path's CPU and wall time (not the scoring's). */
    private static List<Outcome> run(List<EvalPage> pages, long[] spent) {
        ArticleInputReader reader = TestIngestors.inputReader();
        ArticleIngestor ingestor = TestIngestors.ingestor();
        List<Outcome> outcomes = new ArrayList<>();
        for (EvalPage page : pages) {
            outcomes.add(evaluate(page, reader, ingestor, spent));
        }
        return outcomes;
    }

    private static Outcome evaluate(EvalPage page, ArticleInputReader reader, ArticleIngestor ingestor, long[] spent) {
        IngestResult result;
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        try {
            InboundItem item = reader.read(page.html(), "text/html", new InputHints(page.url(), null, "unknown")).getFirst();
            // A fresh identity session per page: pages are scored on their own; shared ids are counted separately.
            result = ingestor.ingest(((InboundItem.Article) item).draft(), TestIngestors.session());
        } catch (RejectedInputException e) {
            result = new IngestResult.Rejected(e.rejection());
        }
        spent[0] += THREADS.getCurrentThreadCpuTime() - cpu;
        spent[1] += System.nanoTime() - wall;
        if (!(result instanceof IngestResult.Accepted accepted)) {
            String reason = result instanceof IngestResult.Rejected rejected ? rejected.rejection().reason().code() : result.getClass().getSimpleName();
            ShingleOverlap none = ShingleOverlap.of(page.body(), null);
            return new Outcome(page, none, ShingleOverlap.of(page.paragraphsOnly(), null), none, reason, page.title() == null ? null : false,
                    expectsAuthors(page) ? false : null, page.publishedAt() == null ? null : false, page.language() == null ? null : false, null, null);
        }
        RawArticle article = accepted.article();
        String withSubtitle = article.subtitle() == null || article.body().contains(article.subtitle()) ? article.body()
                : article.subtitle() + "\n\n" + article.body();
        return new Outcome(page, ShingleOverlap.of(page.body(), article.body()), ShingleOverlap.of(page.paragraphsOnly(), article.body()),
                ShingleOverlap.of(page.body(), withSubtitle), null,
                page.title() == null ? null : TextNormalizer.line(page.title()).equals(TextNormalizer.line(article.title())),
                authorsRight(page, article.authors()),
                page.publishedAt() == null ? null : article.publishedAt() != null
                        && page.publishedAt().truncatedTo(ChronoUnit.MINUTES).equals(article.publishedAt().truncatedTo(ChronoUnit.MINUTES)),
                page.language() == null ? null : page.language().toLowerCase(Locale.ROOT).split("[-_]")[0].equals(article.language()),
                article.id(), article);
    }

    private static boolean expectsAuthors(EvalPage page) {
        return page.authors() != null || page.byline() != null && !page.byline().isBlank();
    }

    /**
     * Fundus: the same set of names after normalising case and whitespace. Readability gives a byline as
     * text: found when some name was extracted and every name extracted appears in it.
     */
    private static Boolean authorsRight(EvalPage page, List<String> authors) {
        if (page.authors() != null) {
            return names(page.authors()).equals(names(authors));
        }
        if (page.byline() == null || page.byline().isBlank()) {
            return null;
        }
        String byline = normalized(page.byline());
        return !authors.isEmpty() && authors.stream().allMatch(name -> byline.contains(normalized(name)));
    }

    private static Set<String> names(List<String> names) {
        return names.stream().map(PageEvaluation::normalized).filter(name -> !name.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Compared the way the service normalises text (NFC, entities, invisible characters, spacing), ignoring case. */
    private static String normalized(String text) {
        return text == null ? "" : TextNormalizer.line(text).toLowerCase(Locale.ROOT);
    }
}
