package io.newsflow.enrich.topics;

import io.newsflow.contract.TopicScore;
import io.newsflow.enrich.tagging.ArticleText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed topic model and lexicon on articles written for these cases. */
class TopicScoringTest {

    private static final NaiveBayesModel MODEL = TopicModels.naiveBayes();
    private final TopicClassifier classifier = new TopicClassifier(TopicModels.standardScorer(MODEL), 0.3, 3);

    @Test
    void aTrainedTopicComesFromTheModel() {
        List<TopicScore> topics = classifier.classify(ArticleText.of("Chelsea beat Arsenal in cup final",
                null, "Chelsea won the FA Cup final against Arsenal at Wembley on Saturday. The striker scored twice "
                        + "in the second half and the manager praised his team's defending after a tense match."));

        assertThat(topics.getFirst().code()).isEqualTo(IptcTopics.SPORT);
        assertThat(topics.getFirst().label()).isEqualTo("sport");
    }

    @Test
    void anUntrainedTopicComesFromTheLexiconAlongsideATrainedOne() {
        List<TopicScore> topics = classifier.classify(ArticleText.of("Troops killed as rebels attack army base",
                null, "Rebel fighters attacked a military base near the border overnight, killing twelve soldiers, the "
                        + "army said. The government called the attack an act of terror and sent more troops to the region. "
                        + "A ceasefire agreed last month has collapsed amid renewed fighting and shelling of civilian areas."));

        assertThat(topics).extracting(TopicScore::code).contains(IptcTopics.CONFLICT);
        assertThat(topics).isNotEmpty().allSatisfy(t -> assertThat(t.score()).isBetween(0.3, 1.0));
    }

    @Test
    void foreignNewsWithoutWarWordsIsPoliticsNotEconomy() {
        List<TopicScore> topics = classifier.classify(ArticleText.of("Foreign ministers meet over nuclear talks",
                null, "Foreign ministers from six countries met at the United Nations on Monday to revive the stalled "
                        + "nuclear talks, diplomats said. The envoy of the ruling party warned that sanctions would follow "
                        + "if the delegation walked out of the summit."));

        assertThat(topics.getFirst().code()).isEqualTo(IptcTopics.POLITICS);
    }

    @Test
    void technologyCompanyNewsIsScienceAndTechnology() {
        List<TopicScore> topics = classifier.classify(ArticleText.of("Chipmaker unveils faster laptop processor",
                null, "The chipmaker said its new microprocessor for laptops and servers uses less power, and that "
                        + "a software patch fixes a security flaw that hackers had used to spread malware."));

        assertThat(topics.getFirst().code()).isEqualTo(IptcTopics.SCIENCE_TECHNOLOGY);
    }

    @Test
    void scoresAreBoundedAndTheThresholdAndLimitApply() {
        TopicClassifier strict = new TopicClassifier(TopicModels.standardScorer(MODEL), 0.99, 3);
        TopicClassifier one = new TopicClassifier(TopicModels.standardScorer(MODEL), 0.0, 1);
        ArticleText text = ArticleText.of("Bank raises interest rates", null,
                "The central bank raised interest rates by a quarter point to curb inflation, and shares fell.");

        TopicClassifier unfiltered = new TopicClassifier(TopicModels.standardScorer(MODEL), 0.0, 17);
        List<TopicScore> all = unfiltered.classify(text);
        assertThat(all).isNotEmpty().allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0));
        // What the strict classifier leaves out is exactly what scores below its threshold.
        assertThat(strict.classify(text)).extracting(TopicScore::code)
                .containsExactlyElementsOf(all.stream().filter(t -> t.score() >= 0.99).limit(3).map(TopicScore::code).toList());
        assertThat(one.classify(text)).singleElement().satisfies(t -> assertThat(t.code()).isEqualTo(IptcTopics.ECONOMY));
    }

    @Test
    void textWithNothingToGoOnGetsNoTopic() {
        assertThat(classifier.classify(ArticleText.of("Zxq", null, "Qwv plo."))).isEmpty();
    }

    @Test
    void allSeventeenTopLevelTopicsHaveCodesAndLabels() {
        assertThat(IptcTopics.all()).hasSize(17).allSatisfy(topic -> assertThat(topic.label()).isNotBlank());
        assertThat(IptcTopics.byCode(IptcTopics.CONFLICT).label()).isEqualTo("conflict, war and peace");
    }
}
