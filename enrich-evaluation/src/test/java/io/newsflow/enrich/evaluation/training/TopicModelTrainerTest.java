package io.newsflow.enrich.evaluation.training;

import io.newsflow.enrich.topics.IptcTopic;
import io.newsflow.enrich.topics.IptcTopics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicModelTrainerTest {

    private static final IptcTopic SPORT = IptcTopics.byCode(IptcTopics.SPORT);
    private static final IptcTopic ECONOMY = IptcTopics.byCode(IptcTopics.ECONOMY);

    @Test
    void countsWordsPerTopicDocumentsAndDocumentFrequenciesAndDropsWordsSeenOnce() {
        TopicModelTrainer trainer = new TopicModelTrainer(List.of(SPORT, ECONOMY));
        trainer.add(SPORT, "Goal, match: striker goal league match");
        trainer.add(SPORT, "match team coach league goal");
        trainer.add(ECONOMY, "shares profit market bank shares");

        assertThat(trainer.documents()).containsExactly(2, 1);
        assertThat(trainer.counts().get("goal")).containsExactly(3, 0);
        assertThat(trainer.counts().get("shares")).containsExactly(0, 2);
        assertThat(trainer.counts()).doesNotContainKeys("striker", "bank");
        assertThat(trainer.documentFrequencies()).containsEntry("match", 2).containsEntry("shares", 1);
    }
}
