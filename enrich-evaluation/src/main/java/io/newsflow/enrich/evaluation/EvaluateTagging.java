package io.newsflow.enrich.evaluation;

import io.newsflow.contract.EntityType;
import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.tagging.ner.CoreNlpEntityRecognizer;
import io.newsflow.enrich.topics.IptcTopic;
import io.newsflow.enrich.topics.NaiveBayesModel;
import io.newsflow.enrich.topics.NaiveBayesTopicScorer;
import io.newsflow.enrich.topics.TopicModels;
import io.newsflow.enrich.topics.TopicScorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the tagger's quality on the shared public data:
 * <ul>
 *   <li>entity F1, exact span, per type and PER+ORG+LOC, on CoNLL-2003 {@code test.txt};</li>
 *   <li>topic accuracy, macro-F1 and expected calibration error on the BBC TEST split (the model
 *       trained, and its settings fitted, on the other files);</li>
 *   <li>topic accuracy on AG News (never trained or tuned on) under the narrow and the section
 *       {@link AgNewsCorpus.Mapping};</li>
 *   <li>extraction then enrichment of the English pages of {@code pages/fundus}: how many of the
 *       publishers' tags that name an entity are among the canonical entities ({@link FundusEvaluation}).</li>
 * </ul>
 * <pre>./mvnw -q -pl enrich-evaluation compile exec:exec@evaluate</pre>
 * The argument selects parts, comma-separated: {@code entities}, {@code bbc}, {@code ag}, {@code fundus}
 * (default all; from Maven: {@code -Devaluate.parts=bbc,ag}).
 */
public final class EvaluateTagging {

    private EvaluateTagging() {
    }

    public static void main(String[] args) {
        Path evalDir = EvalData.require();
        List<String> parts = args.length == 0 ? List.of("entities", "bbc", "ag", "fundus") : List.of(args[0].split(","));
        NaiveBayesModel model = TopicModels.naiveBayes();
        TopicScorer topics = TopicModels.standardScorer(model);
        if (parts.contains("entities")) {
            entities(evalDir.resolve("conll2003/test.txt"));
        }
        if (parts.contains("bbc")) {
            bbc(evalDir, topics, new NaiveBayesTopicScorer(model, TopicModels.TEMPERATURE));
        }
        if (parts.contains("ag")) {
            agNews(evalDir.resolve("ag_news/test.csv"), topics);
        }
        if (parts.contains("fundus")) {
            FundusEvaluation.run(evalDir.resolve("pages/fundus"));
        }
    }

    static void entities(Path conllTest) {
        long start = System.nanoTime();
        CoreNlpEntityRecognizer recognizer = CoreNlpEntityRecognizer.forPretokenizedLines();
        EntityEvaluation evaluation = new EntityEvaluation();
        List<ConllCorpus.Document> documents = ConllCorpus.read(conllTest);
        documents.forEach(d -> evaluation.add(d, recognizer));
        System.out.printf("%nEntities: CoNLL-2003 %s, %d documents, exact-span match (%.0f s)%n",
                conllTest.getFileName(), documents.size(), (System.nanoTime() - start) / 1e9);
        for (EntityType type : EntityType.values()) {
            System.out.printf("  %-13s %s%n", type, evaluation.type(type));
        }
        System.out.printf("  %-13s %s%n", "PER+ORG+LOC", evaluation.perOrgLoc());
        System.out.printf("  %-13s %s%n", "all 4 types", evaluation.all());
    }

    /** The service's scorer, and beside it the calibrated model alone (before the lexicon blend). */
    static void bbc(Path evalDir, TopicScorer topics, TopicScorer modelAlone) {
        List<BbcCorpus.Article> test = BbcCorpus.test(evalDir);
        System.out.printf("%nTopics: BBC TEST split (file number divisible by 5), %d articles, best topic vs label%n", test.size());
        TopicEvaluation evaluation = bbcScores(test, modelAlone, "calibrated Naive Bayes alone");
        bbcScores(test, topics, "the service's scorer (model + lexicon)")
                .byLabel().forEach((label, pr) -> System.out.printf("  %-13s %s%n", label, pr));
    }

    private static TopicEvaluation bbcScores(List<BbcCorpus.Article> test, TopicScorer topics, String name) {
        TopicEvaluation evaluation = new TopicEvaluation();
        CalibrationError calibration = new CalibrationError();
        Map<String, String> topicToLabel = invert(BbcCorpus.LABEL_TO_TOPIC);
        for (BbcCorpus.Article article : test) {
            Map<IptcTopic, Double> scores = topics.score(ArticleText.of(article.title(), null, article.body()));
            IptcTopic best = TopicEvaluation.best(scores);
            String predicted = best == null ? null : topicToLabel.get(best.code());
            evaluation.add(article.label(), predicted);
            calibration.add(best == null ? 0 : scores.get(best), article.label().equals(predicted));
        }
        System.out.printf("  %-40s accuracy %.3f   macro-F1 %.3f   expected calibration error %.3f (mean best score %.3f)%n",
                name, evaluation.accuracy(), evaluation.macroF1(), calibration.value(), calibration.meanScore());
        return evaluation;
    }

    static void agNews(Path csv, TopicScorer topics) {
        List<AgNewsCorpus.Item> items = AgNewsCorpus.read(csv);
        List<String> best = new ArrayList<>();
        List<Double> bestScores = new ArrayList<>();
        for (AgNewsCorpus.Item item : items) {
            Map<IptcTopic, Double> scores = topics.score(ArticleText.of(item.title(), null, item.description()));
            IptcTopic top = TopicEvaluation.best(scores);
            best.add(top == null ? null : top.code());
            bestScores.add(top == null ? 0 : scores.get(top));
        }
        System.out.printf("%nTopics: AG News test.csv, %d items, never trained or tuned on; best topic mapped to an AG class%n", items.size());
        for (AgNewsCorpus.Mapping mapping : AgNewsCorpus.Mapping.values()) {
            long[][] confusion = new long[4][5];
            long right = 0;
            CalibrationError calibration = new CalibrationError();
            for (int i = 0; i < items.size(); i++) {
                int predicted = mapping.classOf(best.get(i));
                confusion[items.get(i).label()][predicted < 0 ? 4 : predicted]++;
                right += predicted == items.get(i).label() ? 1 : 0;
                calibration.add(bestScores.get(i), predicted == items.get(i).label());
            }
            System.out.printf("  %s mapping (%s):%n    accuracy %.3f   expected calibration error %.3f (mean best score %.3f)%n",
                    mapping.name().toLowerCase(Locale.ROOT),
                    mapping == AgNewsCorpus.Mapping.NARROW ? "World = politics or conflict; the headline number"
                            : "World also crime, disaster, society, religion, education, human interest, weather; Business also labour; Sci/Tech also environment",
                    (double) right / items.size(), calibration.value(), calibration.meanScore());
            System.out.printf("    %-13s %8s   predicted: %8s %8s %8s %8s %8s%n", "gold", "accuracy", "World", "Sports", "Business",
                    "Sci/Tech", "no class");
            for (int label = 0; label < 4; label++) {
                long[] row = confusion[label];
                System.out.printf("    %-13s %8.3f              %8d %8d %8d %8d %8d%n", AgNewsCorpus.LABELS.get(label),
                        (double) row[label] / Arrays.stream(row).sum(), row[0], row[1], row[2], row[3], row[4]);
            }
        }
    }

    private static Map<String, String> invert(Map<String, String> map) {
        Map<String, String> inverted = new HashMap<>();
        map.forEach((k, v) -> inverted.put(v, k));
        return inverted;
    }
}
