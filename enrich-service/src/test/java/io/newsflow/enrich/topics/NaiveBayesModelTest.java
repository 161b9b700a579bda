package io.newsflow.enrich.topics;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class NaiveBayesModelTest {

    private static final IptcTopic SPORT = IptcTopics.byCode(IptcTopics.SPORT);
    private static final IptcTopic ECONOMY = IptcTopics.byCode(IptcTopics.ECONOMY);

    @Test
    void aModelWrittenAndReadBackClassifiesLikeTheOriginal() throws Exception {
        Map<String, int[]> counts = Map.of("goal", new int[] {3, 0}, "league", new int[] {2, 0}, "shares", new int[] {0, 2},
                "profit", new int[] {0, 2});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NaiveBayesModel.write(out, List.of("test"), List.of(SPORT, ECONOMY), new int[] {2, 2}, counts,
                Map.of("goal", 2, "league", 2, "shares", 1, "profit", 2));
        NaiveBayesModel read = NaiveBayesModel.read(new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())));

        assertThat(read.topics()).containsExactly(SPORT, ECONOMY);
        double[] scores = read.logScores(List.of("goal", "league"));
        assertThat(scores[0]).isGreaterThan(scores[1]);
        assertThat(read.idf("goal")).isLessThan(read.idf("never-seen"));
    }

    @Test
    void theCommittedModelKnowsTheFiveBbcTopics() {
        assertThat(TopicModels.naiveBayes().topics()).extracting(IptcTopic::code).containsExactlyInAnyOrder(
                IptcTopics.ARTS, IptcTopics.ECONOMY, IptcTopics.POLITICS, IptcTopics.SCIENCE_TECHNOLOGY, IptcTopics.SPORT);
    }
}
