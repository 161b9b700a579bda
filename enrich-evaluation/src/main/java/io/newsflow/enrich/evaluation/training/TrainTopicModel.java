package io.newsflow.enrich.evaluation.training;

import io.newsflow.enrich.evaluation.BbcCorpus;
import io.newsflow.enrich.evaluation.EvalData;
import io.newsflow.enrich.topics.IptcTopic;
import io.newsflow.enrich.topics.IptcTopics;
import io.newsflow.enrich.topics.NaiveBayesModel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains the topic model from the BBC TRAINING split (files whose number is not divisible by 5)
 * and writes it where the service loads it from:
 * <pre>./mvnw -q -pl enrich-evaluation compile exec:exec@train-topics</pre>
 * Optional argument: the output file (default {@code enrich-service/src/main/resources/topics/naive-bayes-bbc.tsv.gz}).
 */
public final class TrainTopicModel {

    public static final String RESOURCE = io.newsflow.enrich.topics.TopicModels.NAIVE_BAYES_RESOURCE;

    private TrainTopicModel() {
    }

    public static void main(String[] args) throws IOException {
        Path evalDir = EvalData.require();
        Path output = args.length > 0 ? Path.of(args[0])
                : EvalData.enrichServiceDir().resolve("src/main/resources" + RESOURCE);
        List<BbcCorpus.Article> training = BbcCorpus.training(evalDir);
        List<IptcTopic> topics = BbcCorpus.LABEL_TO_TOPIC.values().stream().sorted().map(IptcTopics::byCode).toList();
        long start = System.nanoTime();
        TopicModelTrainer trainer = new TopicModelTrainer(topics);
        training.forEach(a -> trainer.add(IptcTopics.byCode(a.topicCode()), a.title() + "\n\n" + a.body()));
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            NaiveBayesModel.write(out, List.of(
                            "Multinomial Naive Bayes over IPTC Media Topics; word counts per topic, Laplace smoothing at load.",
                            "Trained on the BBC News TRAINING split (" + training.size() + " articles: file number not divisible by 5).",
                            "Columns after the header: w, word, document frequency, count per topic (in the order of 'topics').",
                            "Retrain: ./mvnw -q -pl enrich-evaluation compile exec:exec@train-topics"),
                    trainer.topics(), trainer.documents(), trainer.counts(), trainer.documentFrequencies());
        }
        System.out.printf("Trained on %d BBC training articles in %.1f s: %d words kept; model %s (%d kB)%n",
                training.size(), (System.nanoTime() - start) / 1e9, trainer.counts().size(), output.normalize(),
                Files.size(output) / 1024);
    }
}
