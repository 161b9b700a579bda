package io.newsflow.enrich.evaluation;

import io.newsflow.contract.EntityType;
import io.newsflow.enrich.topics.IptcTopics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusReadersTest {

    @Test
    void conllSpansFollowIob1AndIob2() {
        assertThat(ConllCorpus.spans(0, List.of("B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG")))
                .containsExactly(
                        new ConllCorpus.Span(0, 0, 1, EntityType.PERSON),
                        new ConllCorpus.Span(0, 3, 4, EntityType.LOCATION),
                        new ConllCorpus.Span(0, 5, 5, EntityType.LOCATION),
                        new ConllCorpus.Span(0, 6, 6, EntityType.ORGANIZATION));
    }

    @Test
    void agNewsCsvFieldsKeepQuotedCommasAndQuotes() {
        assertThat(AgNewsCorpus.csvFields("3,\"Title, with comma\",\"He said \"\"no\"\"\""))
                .containsExactly("3", "Title, with comma", "He said \"no\"");
    }

    @Test
    void agNewsNarrowMappingCountsWorldOnlyForPoliticsAndConflict() {
        AgNewsCorpus.Item world = new AgNewsCorpus.Item(0, "t", "d");

        assertThat(world.accepts(AgNewsCorpus.Mapping.NARROW, IptcTopics.POLITICS)).isTrue();
        assertThat(world.accepts(AgNewsCorpus.Mapping.NARROW, IptcTopics.CONFLICT)).isTrue();
        assertThat(world.accepts(AgNewsCorpus.Mapping.NARROW, IptcTopics.CRIME)).isFalse();
        assertThat(world.accepts(AgNewsCorpus.Mapping.NARROW, IptcTopics.DISASTER)).isFalse();
        assertThat(AgNewsCorpus.Mapping.NARROW.classOf(IptcTopics.LABOUR)).isEqualTo(-1);
        assertThat(AgNewsCorpus.Mapping.NARROW.classOf(null)).isEqualTo(-1);
    }

    @Test
    void agNewsSectionMappingCountsHardNewsAsWorldAndEachTopicForOneClassAtMost() {
        AgNewsCorpus.Item world = new AgNewsCorpus.Item(0, "t", "d");
        AgNewsCorpus.Item sciTech = new AgNewsCorpus.Item(3, "t", "d");

        assertThat(world.accepts(AgNewsCorpus.Mapping.SECTION, IptcTopics.POLITICS)).isTrue();
        assertThat(world.accepts(AgNewsCorpus.Mapping.SECTION, IptcTopics.DISASTER)).isTrue();
        assertThat(world.accepts(AgNewsCorpus.Mapping.SECTION, IptcTopics.CRIME)).isTrue();
        assertThat(world.accepts(AgNewsCorpus.Mapping.SECTION, IptcTopics.ECONOMY)).isFalse();
        assertThat(world.accepts(AgNewsCorpus.Mapping.SECTION, IptcTopics.HEALTH)).isFalse();
        assertThat(sciTech.accepts(AgNewsCorpus.Mapping.SECTION, IptcTopics.ENVIRONMENT)).isTrue();
        assertThat(AgNewsCorpus.Mapping.SECTION.classOf(IptcTopics.LABOUR)).isEqualTo(2);
        assertThat(AgNewsCorpus.Mapping.SECTION.classOf(IptcTopics.ARTS)).isEqualTo(-1);
    }

    @Test
    void calibrationErrorIsTheGapBetweenScoreAndAccuracyWeightedByBin() {
        CalibrationError honest = new CalibrationError();
        CalibrationError overconfident = new CalibrationError();
        for (int i = 0; i < 10; i++) {
            honest.add(0.75, i < 7);
            overconfident.add(0.99, i < 7);
        }

        assertThat(honest.value()).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(overconfident.value()).isCloseTo(0.29, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(new CalibrationError().value()).isZero();
    }

    @Test
    void agNewsTextLosesItsEscapedMarkup() {
        assertThat(AgNewsCorpus.clean("Sharon Pushes On &lt;b&gt;...&lt;/b&gt;"))
                .isEqualTo("Sharon Pushes On ...");
        assertThat(AgNewsCorpus.clean("maker Sharp Corp. &lt;A HREF=\"http://www.reuters.co.uk/x?ticker=6753.T\"&gt;6753.T&lt;/A&gt; says"))
                .isEqualTo("maker Sharp Corp. 6753.T says");
        assertThat(AgNewsCorpus.clean("It#39;s #36;46 #151; Q&amp;A said quot;noquot;"))
                .isEqualTo("It's $46 Q&A said \"no\"");
    }

    @Test
    void topicEvaluationComputesAccuracyAndMacroF1() {
        TopicEvaluation evaluation = new TopicEvaluation();
        evaluation.add("a", "a");
        evaluation.add("a", "b");
        evaluation.add("b", "b");
        evaluation.add("b", "b");

        assertThat(evaluation.accuracy()).isEqualTo(0.75);
        // a: P 1, R .5, F1 .667; b: P .667, R 1, F1 .8
        assertThat(evaluation.macroF1()).isCloseTo((2.0 / 3 + 0.8) / 2, org.assertj.core.data.Offset.offset(1e-9));
    }
}
