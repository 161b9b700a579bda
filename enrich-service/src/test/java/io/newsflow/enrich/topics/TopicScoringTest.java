package io.newsflow.enrich.topics;

import io.newsflow.contract.TopicScore;
import io.newsflow.enrich.tagging.ArticleText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

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
        assertThat(topics).allSatisfy(t -> assertThat(t.score()).isBetween(0.3, 1.0));
    }

    @Test
    void foreignNewsWithoutWarWordsIsPoliticsNotEconomy() {
        List<TopicScore> topics = classifier.classify(ArticleText.of("Foreign ministers meet over nuclear talks",
                null, "Foreign ministers from six countries met at the United Nations on Monday to revive the stalled "
                        + "nuclear talks, diplomats said. The envoy of the ruling party warned that sanctions would follow "
                        + "if the delegation walked out of the summit."));

        assertThat(topics.getFirst().code()).isEqualTo(IptcTopics.POLITICS);
    }

    /** A story unlike the BBC 2004-05 training text: a diplomatic and military crisis, with one economic paragraph. */
    private static final ArticleText CRISIS = ArticleText.of("Alliance warns of war as border standoff deepens",
            "Leaders trade threats after troops mass on the frontier",
            """
                    The alliance's foreign ministers met in an emergency session on Tuesday after thousands of troops \
                    and tanks were moved to the border overnight. The president accused the neighbouring government of \
                    preparing an invasion and ordered the army to full readiness, while diplomats tried to arrange \
                    ceasefire talks.

                    The prime minister told parliament that sanctions would follow any attack and that the embassy had \
                    been told to prepare an evacuation. Opposition lawmakers called for a vote on sending weapons and \
                    air defence missiles. Envoys from three countries flew in for talks at the summit.

                    Shelling was reported near two villages and the defence ministry said soldiers had returned fire. \
                    Military analysts warned that the conflict could widen into a war.

                    Gas prices rose after the operator of a pipeline that crosses the region halted deliveries, and \
                    economists warned of economic consequences for the region's exports.""");

    @Test
    void anOutOfDomainStoryIsNotCertainOfATopicItOnlyTouches() {
        Map<IptcTopic, Double> scores = TopicModels.standardScorer(MODEL).score(CRISIS);

        assertThat(scores.getOrDefault(IptcTopics.byCode(IptcTopics.ECONOMY), 0.0)).isLessThan(0.9);
    }

    @Test
    void politicsAndConflictCarriedByTheWholeTextRankAboveATopicCarriedByOneParagraph() {
        List<String> ranked = classifier.classify(CRISIS).stream().map(TopicScore::code).toList();

        assertThat(ranked).startsWith(ranked.indexOf(IptcTopics.POLITICS) < ranked.indexOf(IptcTopics.CONFLICT)
                ? new String[] {IptcTopics.POLITICS, IptcTopics.CONFLICT} : new String[] {IptcTopics.CONFLICT, IptcTopics.POLITICS});
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
        ArticleText text = ArticleText.of("Bank raises interest rates", null,
                "The central bank raised interest rates by a quarter point to curb inflation, and shares fell.");
        List<TopicScore> all = new TopicClassifier(TopicModels.standardScorer(MODEL), 0.0, 17).classify(text);
        double betweenFirstAndSecond = (all.get(0).score() + all.get(1).score()) / 2;
        TopicClassifier strict = new TopicClassifier(TopicModels.standardScorer(MODEL), betweenFirstAndSecond, 17);
        TopicClassifier one = new TopicClassifier(TopicModels.standardScorer(MODEL), 0.0, 1);

        assertThat(all).hasSizeGreaterThan(1).allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0));
        assertThat(all.get(0).score()).isGreaterThan(all.get(1).score());
        assertThat(strict.classify(text)).extracting(TopicScore::code).containsExactly(all.get(0).code());
        assertThat(one.classify(text)).singleElement().satisfies(t -> assertThat(t.code()).isEqualTo(IptcTopics.ECONOMY));
    }

    @Test
    void textWithNothingToGoOnGetsNoTopic() {
        assertThat(classifier.classify(ArticleText.of("Zxq", null, "Qwv plo."))).isEmpty();
    }

    @Test
    void allSeventeenTopLevelTopicsHaveLexiconEntriesAndLabels() {
        assertThat(IptcTopics.all()).hasSize(17);
        assertThat(new LexiconTopicScorer(TopicModels.LEXICON_STEEPNESS).topics()).containsExactlyInAnyOrderElementsOf(IptcTopics.all());
        assertThat(IptcTopics.byCode(IptcTopics.CONFLICT).label()).isEqualTo("conflict, war and peace");
    }

    @Test
    void theLexiconKnowsTheVocabularyOfTwentyTwentiesNews() {
        LexiconTopicScorer lexicon = new LexiconTopicScorer(TopicModels.LEXICON_STEEPNESS);

        assertThat(lexicon.score(ArticleText.of("Regulators question chatbot maker over artificial intelligence training data",
                null, "The generative AI start-up said its large language model was trained on public data.")))
                .containsKey(IptcTopics.byCode(IptcTopics.SCIENCE_TECHNOLOGY));
        assertThat(lexicon.score(ArticleText.of("Covid booster campaign opens", null,
                "Pharmacies began offering the new coronavirus vaccine on Monday.")))
                .containsKey(IptcTopics.byCode(IptcTopics.HEALTH));
        assertThat(lexicon.score(ArticleText.of("Drone strikes hit Ukrainian cities", null,
                "Air defences shot down most of the drones, officials in Ukraine said.")))
                .containsKey(IptcTopics.byCode(IptcTopics.CONFLICT));
    }
}
