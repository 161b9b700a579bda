package io.newsflow.enrich.keywords;

import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Keyword;
import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.topics.TopicModels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordExtractorTest {

    private final KeywordExtractor extractor = new KeywordExtractor(TopicModels.naiveBayes(), 5);

    private static final ArticleText ARTICLE = ArticleText.of("Wind farm plan divides village", null,
            "Plans for a wind farm near the village of Hexham were approved on Monday. The wind farm will have "
                    + "twelve turbines. Jane Smith, who leads the campaign against it, said the turbines would spoil the "
                    + "view. Smith said residents would appeal. Supporters of the wind farm say the turbines will cut "
                    + "energy bills.");

    @Test
    void repeatedContentPhrasesRankFirstAndOverlapsAreDropped() {
        List<Keyword> keywords = extractor.extract(ARTICLE, List.of());

        assertThat(keywords.getFirst().text()).isEqualTo("wind farm");
        assertThat(keywords.getFirst().score()).isEqualTo(1.0);
        assertThat(keywords).extracting(Keyword::text).contains("turbines").doesNotContain("wind", "farm");
        assertThat(keywords).hasSizeLessThanOrEqualTo(5);
        assertThat(keywords).extracting(Keyword::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void peoplesNamesAreLeftToTheEntities() {
        List<Keyword> keywords = extractor.extract(ARTICLE,
                List.of(new Entity("Jane Smith", EntityType.PERSON, 2, 0.5, List.of("Jane Smith", "Smith"))));

        assertThat(keywords).extracting(Keyword::text).noneMatch(k -> k.toLowerCase().contains("smith"));
    }

    @Test
    void functionWordsAndNumbersNeverMakeAKeyword() {
        List<Keyword> keywords = extractor.extract(ArticleText.of("The 2005 and the 2005", null, "It was the 2005 of the and."),
                List.of());

        assertThat(keywords).isEmpty();
    }
}
