package io.newsflow.ingest.bench;

import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.TestIngestors;
import io.newsflow.ingest.article.ArticleIngestor;
import io.newsflow.ingest.article.IngestResult;
import io.newsflow.ingest.input.ArticleInputReader;
import io.newsflow.ingest.input.InboundItem;
import io.newsflow.ingest.input.InputHints;
import io.newsflow.ingest.normalize.TextNormalizer;

import io.newsflow.testsupport.BbcCorpus;
import io.newsflow.testsupport.BbcCorpus.BbcArticle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Extraction quality on the BBC articles of {@code ../shared/eval/bbc}, each wrapped in every page
 * template: the share of articles whose extracted, cleaned body equals the article's own text
 * (normalised the same way), and whose title equals its title. Prints a table; with
 * {@code -Dnewsflow.eval.show=N} also the first N mismatches.
 *
 * <pre>ingest-service/benchmark quality</pre>
 */
public final class ExtractionEvaluation {

    private ExtractionEvaluation() {
    }

    public static void main(String[] args) {
        if (!BbcCorpus.available()) {
            System.out.println("SKIPPED: " + BbcCorpus.location() + " not found (-Dnewsflow.root names the repository)");
            return;
        }
        List<BbcArticle> corpus = BbcCorpus.read(Integer.getInteger("newsflow.eval.limit", Integer.MAX_VALUE));
        int show = Integer.getInteger("newsflow.eval.show", 0);
        System.out.printf("Extraction quality on %d BBC articles (%s)%n%n", corpus.size(), BbcCorpus.location());
        System.out.printf("%-16s %10s %10s %10s%n", "template", "body equal", "title equal", "rejected");
        int bodies = 0;
        int total = 0;
        List<String> mismatches = new ArrayList<>();
        for (PageTemplates template : PageTemplates.ALL) {
            Score score = evaluate(template, corpus, mismatches, show);
            System.out.printf("%-16s %9.1f%% %9.1f%% %10d%n", template.name(), 100.0 * score.bodies / score.total,
                    100.0 * score.titles / score.total, score.rejected);
            bodies += score.bodies;
            total += score.total;
        }
        System.out.printf("%-16s %9.1f%%%n", "all", 100.0 * bodies / total);
        mismatches.forEach(System.out::println);
    }

    /** The first paragraph where the two bodies differ, which is what one needs to see to fix the rules. */
    private static String firstDifference(String label, String expected, String actual) {
        String[] want = expected.split(TextNormalizer.PARAGRAPH_BREAK);
        String[] got = actual == null ? new String[0] : actual.split(TextNormalizer.PARAGRAPH_BREAK);
        int i = 0;
        while (i < want.length && i < got.length && want[i].equals(got[i])) {
            i++;
        }
        return "--- %s: %d paragraphs expected, %d extracted; first difference at paragraph %d%n  expected: %s%n  actual:   %s"
                .formatted(label, want.length, got.length, i, i < want.length ? want[i] : "(none)", i < got.length ? got[i] : "(none)");
    }

    private record Score(int total, int bodies, int titles, int rejected) {
    }

    private static Score evaluate(PageTemplates template, List<BbcArticle> corpus, List<String> mismatches, int show) {
        ArticleInputReader reader = TestIngestors.inputReader();
        ArticleIngestor ingestor = TestIngestors.ingestor();
        int bodies = 0;
        int titles = 0;
        int rejected = 0;
        for (BbcArticle article : corpus) {
            byte[] page = template.render(article).getBytes(StandardCharsets.UTF_8);
            InputHints hints = new InputHints("https://eval.example/" + template.name() + "/" + article.category() + "/" + article.file(), "Eval", null);
            InboundItem item = reader.read(page, template.contentType() + "; charset=utf-8", hints).getFirst();
            // A fresh identity session per article: the same text in another template must not count as a duplicate.
            IngestResult result = ingestor.ingest(((InboundItem.Article) item).draft(), TestIngestors.session());
            if (!(result instanceof IngestResult.Accepted accepted)) {
                rejected++;
                continue;
            }
            RawArticle extracted = accepted.article();
            String expected = TextNormalizer.body(article.body());
            if (expected.equals(extracted.body())) {
                bodies++;
            } else if (mismatches.size() < show) {
                mismatches.add(firstDifference(template.name() + " " + article.category() + "/" + article.file(), expected, extracted.body()));
            }
            if (TextNormalizer.line(article.title()).equals(extracted.title())) {
                titles++;
            }
        }
        return new Score(corpus.size(), bodies, titles, rejected);
    }
}
