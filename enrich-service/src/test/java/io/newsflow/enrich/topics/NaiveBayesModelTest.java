package io.newsflow.enrich.topics;

import io.newsflow.enrich.topics.training.TopicModelTrainer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class NaiveBayesModelTest {

    private static final IptcTopic SPORT = IptcTopics.byCode(IptcTopics.SPORT);
    private static final IptcTopic ECONOMY = IptcTopics.byCode(IptcTopics.ECONOMY);

    @Test
    void aModelTrainedWrittenAndReadBackClassifiesLikeTheOriginal() throws Exception {
        TopicModelTrainer trainer = new TopicModelTrainer(List.of(SPORT, ECONOMY));
        trainer.add(SPORT, "goal match striker goal league match");
        trainer.add(SPORT, "match team coach league goal");
        trainer.add(ECONOMY, "shares profit market bank shares");
        trainer.add(ECONOMY, "market profit inflation bank");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NaiveBayesModel.write(out, List.of("test"), trainer.topics(), trainer.documents(), trainer.counts(),
                trainer.documentFrequencies());
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
