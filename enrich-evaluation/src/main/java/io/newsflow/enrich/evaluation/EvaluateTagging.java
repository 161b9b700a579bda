package io.newsflow.enrich.evaluation;

import io.newsflow.contract.EntityType;
import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.tagging.ner.CoreNlpEntityRecognizer;
import io.newsflow.enrich.topics.IptcTopic;
import io.newsflow.enrich.topics.TopicModels;
import io.newsflow.enrich.topics.TopicScorer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the tagger's quality on the shared public data:
 * <ul>
 *   <li>entity F1, exact span, per type and PER+ORG+LOC, on CoNLL-2003 {@code test.txt};</li>
 *   <li>topic accuracy and macro-F1 on the BBC TEST split (the model trained on the other files);</li>
 *   <li>topic accuracy on AG News (never trained on), the best topic mapped to an AG class by
 *       {@link AgNewsCorpus#agClassOf}.</li>
 * </ul>
 * <pre>./mvnw -q -pl enrich-service compile exec:exec@evaluate</pre>
 * The argument selects parts, comma-separated: {@code entities}, {@code bbc}, {@code ag} (default all;
 * from Maven: {@code -Devaluate.parts=bbc,ag}).
 */
public final class EvaluateTagging {

    private EvaluateTagging() {
    }

    public static void main(String[] args) {
        Path evalDir = EvalData.require();
        List<String> parts = args.length == 0 ? List.of("entities", "bbc", "ag") : List.of(args[0].split(","));
        TopicScorer topics = TopicModels.standardScorer(TopicModels.naiveBayes());
        if (parts.contains("entities")) {
            entities(evalDir.resolve("conll2003/test.txt"));
        }
        if (parts.contains("bbc")) {
            bbc(evalDir, topics);
        }
        if (parts.contains("ag")) {
            agNews(evalDir.resolve("ag_news/test.csv"), topics);
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

    static void bbc(Path evalDir, TopicScorer topics) {
        TopicEvaluation evaluation = new TopicEvaluation();
        Map<String, String> topicToLabel = invert(BbcCorpus.LABEL_TO_TOPIC);
        for (BbcCorpus.Article article : BbcCorpus.test(evalDir)) {
            IptcTopic best = TopicEvaluation.best(topics.score(ArticleText.of(article.title(), null, article.body())));
            evaluation.add(article.label(), best == null ? null : topicToLabel.get(best.code()));
        }
        System.out.printf("%nTopics: BBC TEST split (file number divisible by 5), %d articles, best topic vs label%n",
                evaluation.total());
        System.out.printf("  accuracy %.3f   macro-F1 %.3f%n", evaluation.accuracy(), evaluation.macroF1());
        evaluation.byLabel().forEach((label, pr) -> System.out.printf("  %-13s %s%n", label, pr));
    }

    static void agNews(Path csv, TopicScorer topics) {
        List<AgNewsCorpus.Item> items = AgNewsCorpus.read(csv);
        long[][] confusion = new long[4][5];
        long[] correctByHalf = new long[2];
        for (int i = 0; i < items.size(); i++) {
            AgNewsCorpus.Item item = items.get(i);
            IptcTopic best = TopicEvaluation.best(topics.score(ArticleText.of(item.title(), null, item.description())));
            int predicted = best == null ? -1 : AgNewsCorpus.agClassOf(best.code());
            confusion[item.label()][predicted < 0 ? 4 : predicted]++;
            if (predicted == item.label()) {
                correctByHalf[i % 2]++;
            }
        }
        long right = correctByHalf[0] + correctByHalf[1];
        System.out.printf("%nTopics: AG News test.csv, %d items, not trained on; best topic mapped to an AG class"
                + " (World = politics, conflict, crime, disaster, society, religion, education, human interest, weather;"
                + " Business = economy, labour; Sci/Tech = science and technology, environment)%n", items.size());
        System.out.printf("  accuracy %.3f   (even rows, used for development: %.3f; odd rows, held out: %.3f)%n",
                (double) right / items.size(), 2.0 * correctByHalf[0] / items.size(), 2.0 * correctByHalf[1] / items.size());
        System.out.printf("  %-13s %8s   predicted: %8s %8s %8s %8s %8s%n", "gold", "accuracy", "World", "Sports", "Business",
                "Sci/Tech", "no class");
        for (int label = 0; label < 4; label++) {
            long total = Arrays.stream(confusion[label]).sum();
            long[] row = confusion[label];
            System.out.printf("  %-13s %8.3f              %8d %8d %8d %8d %8d%n", AgNewsCorpus.LABELS.get(label),
                    (double) row[label] / total, row[0], row[1], row[2], row[3], row[4]);
        }
    }

    private static Map<String, String> invert(Map<String, String> map) {
        Map<String, String> inverted = new HashMap<>();
        map.forEach((k, v) -> inverted.put(v, k));
        return inverted;
    }
}
