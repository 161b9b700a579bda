package io.newsflow.enrich.tagging;

import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Keyword;
import io.newsflow.contract.TopicScore;
import io.newsflow.enrich.topics.IptcTopics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The production tagger, real CoreNLP model included, on an article written for this test. */
class StandardArticleTaggerTest {

    private static StandardArticleTagger tagger;

    @BeforeAll
    static void load() {
        tagger = StandardArticleTagger.create(TaggingSettings.defaults());
    }

    @Test
    void findsCanonicalEntitiesTopicsAndKeywords() {
        Tags tags = tagger.tag(ArticleText.of("Blair defends Iraq policy at Labour conference",
                "The prime minister faced critics of the war",
                "Prime Minister Tony Blair defended his Iraq policy in a speech to the Labour Party conference in "
                        + "Brighton on Tuesday. Mr Blair told delegates that the war had made Britain safer. "
                        + "Chancellor Gordon Brown spoke earlier about the economy and public spending.\n\n"
                        + "Critics in the UK said the war had cost too many lives. Blair said British troops would stay "
                        + "in Iraq until the Iraqi government could keep order. The BBC reported that some delegates walked out."));

        assertThat(tags.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("Tony Blair", EntityType.PERSON),
                tuple("Gordon Brown", EntityType.PERSON),
                tuple("Iraq", EntityType.LOCATION),
                tuple("United Kingdom", EntityType.LOCATION));
        Entity blair = tags.entities().stream().filter(e -> e.name().equals("Tony Blair")).findFirst().orElseThrow();
        assertThat(blair.mentions()).isEqualTo(4);
        assertThat(blair.surfaceForms()).contains("Mr Blair", "Blair");
        assertThat(tags.entities().getFirst().name()).isIn("Tony Blair", "Iraq");
        assertThat(tags.topics()).extracting(TopicScore::code).contains(IptcTopics.POLITICS);
        assertThat(tags.keywords()).extracting(Keyword::text).isNotEmpty().anyMatch(k -> k.contains("war") || k.contains("policy"));
    }
}
