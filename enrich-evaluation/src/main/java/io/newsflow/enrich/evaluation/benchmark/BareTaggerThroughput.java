package io.newsflow.enrich.evaluation.benchmark;

import io.newsflow.enrich.evaluation.BbcCorpus;
import io.newsflow.enrich.tagging.ArticleTagger;
import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.tagging.StandardArticleTagger;
import io.newsflow.enrich.tagging.TaggingSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The production tagger in a bare loop (no Kafka, no JSON): the ceiling for the enrich stage.
 * In the enrich-evaluation executable jar, from which the pipeline load benchmark runs it as its anchor:
 * <pre>java -Dloader.main=io.newsflow.enrich.evaluation.benchmark.BareTaggerThroughput -cp enrich-evaluation.jar \
 *     org.springframework.boot.loader.launch.PropertiesLauncher ../shared/eval/bbc 300</pre>
 * Arguments: the BBC folder (or the eval folder holding it), the number of articles, the number of
 * threads (default 1); prints "... N articles/s", last.
 */
public final class BareTaggerThroughput {

    private BareTaggerThroughput() {
    }

    /** Rate and per-article times of one run. */
    public record Result(double rate, double[] millis) {

        public double percentile(int p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
        }
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/eval/bbc");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        List<BbcCorpus.Article> articles = sample(BbcCorpus.all(folder.endsWith("bbc") ? folder.getParent() : folder), count);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        ArticleTagger tagger = StandardArticleTagger.create(TaggingSettings.defaults());
        measure(tagger, articles.subList(0, Math.min(50, articles.size())), threads);
        Result result = measure(tagger, articles, threads);
        System.out.printf("bare tagger, %d thread(s), %d BBC articles: p50 %.1f ms, p95 %.1f ms: %.1f articles/s%n",
                threads, articles.size(), result.percentile(50), result.percentile(95), result.rate());
    }

    /** {@code count} articles spread over the whole corpus (every 7th, wrapping), the same for every run. */
    public static List<BbcCorpus.Article> sample(List<BbcCorpus.Article> corpus, int count) {
        List<BbcCorpus.Article> articles = new ArrayList<>();
        for (int i = 0; articles.size() < count; i++) {
            articles.add(corpus.get((i * 7) % corpus.size()));
        }
        return articles;
    }

    /** Tags every article once, {@code threads} threads splitting them. */
    public static Result measure(ArticleTagger tagger, List<BbcCorpus.Article> articles, int threads) throws Exception {
        double[] millis = new double[articles.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < articles.size(); i += threads) {
                        BbcCorpus.Article article = articles.get(i);
                        long begin = System.nanoTime();
                        tagger.tag(ArticleText.of(article.title(), null, article.body()));
                        millis[i] = (System.nanoTime() - begin) / 1e6;
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return new Result(articles.size() / ((System.nanoTime() - start) / 1e9), millis);
        } finally {
            pool.shutdown();
        }
    }
}
