package io.newsflow.enrich.evaluation.training;

import io.newsflow.enrich.evaluation.BbcCorpus;
import io.newsflow.enrich.evaluation.CalibrationError;
import io.newsflow.enrich.evaluation.EvalData;
import io.newsflow.enrich.evaluation.TopicEvaluation;
import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.topics.BlendedTopicScorer;
import io.newsflow.enrich.topics.IptcTopic;
import io.newsflow.enrich.topics.IptcTopics;
import io.newsflow.enrich.topics.LexiconTopicScorer;
import io.newsflow.enrich.topics.NaiveBayesModel;
import io.newsflow.enrich.topics.NaiveBayesTopicScorer;
import io.newsflow.enrich.topics.TemperatureScaling;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the topic scorer's settings on held-out folds of the BBC TRAINING split only (BBC TEST and
 * AG News are never read): five folds, each scored by a model trained on the other four.
 * <ol>
 *   <li>the temperature ({@link TemperatureScaling}): for each exponent of a small grid, the scale
 *       that maximises the likelihood of the true labels (golden-section search), best pair kept,
 *       over the held-out articles and their leads (title and first {@value #LEAD_WORDS} words);</li>
 *   <li>lexicon steepness and weight (see {@code BlendedTopicScorer}): of all the settings whose
 *       cross-validated accuracy is within {@link #ACCURACY_BUDGET} of the best one, the one that
 *       gives the lexicon the most say (highest weight, then steepest). BBC text is the model's own domain, so BBC alone always prefers the model; the
 *       lexicon is the only evidence for twelve topics and for text unlike BBC's, and the budget
 *       is what in-domain accuracy may pay for it.</li>
 * </ol>
 * Prints the grids and the chosen values, which go into {@code TopicModels}:
 * <pre>./mvnw -q -pl enrich-evaluation compile exec:exec@calibrate-topics</pre>
 */
public final class CalibrateTopics {

    private static final int FOLDS = 5;
    private static final int LEAD_WORDS = 30;
    static final double ACCURACY_BUDGET = 0.005;
    private static final double[] EXPONENTS = {0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5};
    private static final double[] STEEPNESS = {1.5, 2, 3, 4};
    private static final double[] WEIGHTS = {0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

    /** One held-out article: the fold model's raw scores and the true topic. */
    private record HeldOut(ArticleText text, double[] logScores, int known, List<IptcTopic> topics, IptcTopic truth) {
    }

    private CalibrateTopics() {
    }

    public static void main(String[] args) {
        Path evalDir = EvalData.require();
        List<BbcCorpus.Article> training = BbcCorpus.training(evalDir);
        List<IptcTopic> topics = BbcCorpus.LABEL_TO_TOPIC.values().stream().sorted().map(IptcTopics::byCode).toList();
        List<HeldOut> heldOut = new ArrayList<>();
        List<HeldOut> leads = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            TopicModelTrainer trainer = new TopicModelTrainer(topics);
            for (int i = 0; i < training.size(); i++) {
                if (i % FOLDS != fold) {
                    trainer.add(IptcTopics.byCode(training.get(i).topicCode()), text(training.get(i)).text());
                }
            }
            NaiveBayesModel model = NaiveBayesModel.of(trainer.topics(), trainer.documents(), trainer.counts(),
                    trainer.documentFrequencies());
            for (int i = fold; i < training.size(); i += FOLDS) {
                IptcTopic truth = IptcTopics.byCode(training.get(i).topicCode());
                heldOut.add(heldOut(text(training.get(i)), model, truth));
                leads.add(heldOut(lead(training.get(i)), model, truth));
            }
        }
        System.out.printf("Calibration on the BBC training split: %d articles, %d folds (each scored by a model trained on the others)%n",
                heldOut.size(), FOLDS);

        // Fitted on whole articles and on their leads alike: the service also tags short texts (a
        // headline and a sentence), and a temperature fitted on long articles only is too sharp there.
        List<HeldOut> both = new ArrayList<>(heldOut);
        both.addAll(leads);
        TemperatureScaling scaling = fitTemperature(both);
        System.out.printf("  NLL with it: whole articles %.4f, leads %.4f%n", loss(heldOut, scaling), loss(leads, scaling));
        List<Map<IptcTopic, Double>> trained = heldOut.stream().map(h -> probabilities(h, scaling)).toList();
        CalibrationError modelOnly = new CalibrationError();
        long modelRight = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            IptcTopic best = TopicEvaluation.best(trained.get(i));
            modelOnly.add(trained.get(i).get(best), best.equals(heldOut.get(i).truth()));
            modelRight += best.equals(heldOut.get(i).truth()) ? 1 : 0;
        }
        System.out.printf("  model alone: accuracy %.3f, ECE %.3f (mean best score %.3f)%n",
                (double) modelRight / heldOut.size(), modelOnly.value(), modelOnly.meanScore());

        Map<Double, List<Map<IptcTopic, Double>>> lexiconBySteepness = new HashMap<>();
        for (double steepness : STEEPNESS) {
            LexiconTopicScorer lexicon = new LexiconTopicScorer(steepness);
            lexiconBySteepness.put(steepness, heldOut.stream().map(h -> lexicon.score(h.text())).toList());
        }
        // Every setting's accuracy and ECE; the best accuracy sets the budget.
        List<double[]> grid = new ArrayList<>();
        for (double steepness : STEEPNESS) {
            for (double weight : WEIGHTS) {
                double[] result = blend(heldOut, trained, lexiconBySteepness.get(steepness), weight);
                grid.add(new double[] {steepness, weight, result[0], result[1]});
            }
        }
        double bestAccuracy = grid.stream().mapToDouble(g -> g[2]).max().orElseThrow();
        System.out.printf("%nBlend grid: accuracy / ECE of the best topic (best accuracy %.3f; budget %.3f)%n", bestAccuracy, ACCURACY_BUDGET);
        for (double steepness : STEEPNESS) {
            StringBuilder row = new StringBuilder("  steepness %-4s".formatted(steepness));
            grid.stream().filter(g -> g[0] == steepness)
                    .forEach(g -> row.append("  w %.1f: %.3f/%.3f".formatted(g[1], g[2], g[3])));
            System.out.println(row);
        }
        // The most say for the lexicon (highest weight, then steepest) within the budget.
        double[] chosen = grid.stream().filter(g -> g[2] >= bestAccuracy - ACCURACY_BUDGET)
                .max(Comparator.<double[]>comparingDouble(g -> g[1]).thenComparingDouble(g -> g[0]))
                .orElseThrow();
        System.out.printf("%nChosen (put these in TopicModels): TEMPERATURE = new TemperatureScaling(%.4f, %s); "
                        + "LEXICON_STEEPNESS = %s; LEXICON_WEIGHT = %s (accuracy %.3f, ECE %.3f)%n",
                scaling.scale(), scaling.exponent(), chosen[0], chosen[1], chosen[2], chosen[3]);
    }

    private static ArticleText text(BbcCorpus.Article article) {
        return ArticleText.of(article.title(), null, article.body());
    }

    /** The title and the first {@value #LEAD_WORDS} words of the body: a short text like a feed item's. */
    private static ArticleText lead(BbcCorpus.Article article) {
        String[] words = article.body().split("\\s+");
        return ArticleText.of(article.title(), null, String.join(" ", Arrays.copyOf(words, Math.min(LEAD_WORDS, words.length))));
    }

    private static HeldOut heldOut(ArticleText text, NaiveBayesModel model, IptcTopic truth) {
        List<String> words = NaiveBayesTopicScorer.features(text.text());
        return new HeldOut(text, model.logScores(words), model.known(words), model.topics(), truth);
    }

    private static TemperatureScaling fitTemperature(List<HeldOut> heldOut) {
        TemperatureScaling best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        System.out.printf("%nTemperature T = scale * knownWords^exponent, mean negative log-likelihood of the true topic:%n");
        for (double exponent : EXPONENTS) {
            // Golden-section search over log(scale): the loss is unimodal in the temperature.
            double lo = Math.log(1e-3);
            double hi = Math.log(1e4);
            double phi = (Math.sqrt(5) - 1) / 2;
            for (int step = 0; step < 60; step++) {
                double a = hi - phi * (hi - lo);
                double b = lo + phi * (hi - lo);
                if (loss(heldOut, new TemperatureScaling(Math.exp(a), exponent)) < loss(heldOut, new TemperatureScaling(Math.exp(b), exponent))) {
                    hi = b;
                } else {
                    lo = a;
                }
            }
            TemperatureScaling fitted = new TemperatureScaling(Math.exp((lo + hi) / 2), exponent);
            double value = loss(heldOut, fitted);
            System.out.printf("  exponent %-5s scale %10.4f  NLL %.4f%n", exponent, fitted.scale(), value);
            if (value < bestLoss) {
                bestLoss = value;
                best = fitted;
            }
        }
        return best;
    }

    private static double loss(List<HeldOut> heldOut, TemperatureScaling scaling) {
        double sum = 0;
        for (HeldOut h : heldOut) {
            double p = scaling.probabilities(h.logScores(), h.known())[h.topics().indexOf(h.truth())];
            sum -= Math.log(Math.max(p, 1e-12));
        }
        return sum / heldOut.size();
    }

    private static Map<IptcTopic, Double> probabilities(HeldOut h, TemperatureScaling scaling) {
        double[] p = scaling.probabilities(h.logScores(), h.known());
        Map<IptcTopic, Double> scores = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            scores.put(h.topics().get(i), p[i]);
        }
        return scores;
    }

    /** Accuracy and ECE of the blend's best topic over the held-out articles. */
    private static double[] blend(List<HeldOut> heldOut, List<Map<IptcTopic, Double>> trained,
                                  List<Map<IptcTopic, Double>> lexicon, double weight) {
        CalibrationError calibration = new CalibrationError();
        long right = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            Map<IptcTopic, Double> scores = BlendedTopicScorer.combine(trained.get(i), lexicon.get(i), weight);
            IptcTopic best = TopicEvaluation.best(scores);
            boolean correct = heldOut.get(i).truth().equals(best);
            calibration.add(scores.get(best), correct);
            right += correct ? 1 : 0;
        }
        return new double[] {(double) right / heldOut.size(), calibration.value()};
    }
}
