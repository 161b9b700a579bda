package io.newsflow.enrich.tagging.canonical;

import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.tagging.ner.Mention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.newsflow.contract.EntityType.LOCATION;
import static io.newsflow.contract.EntityType.MISC;
import static io.newsflow.contract.EntityType.ORGANIZATION;
import static io.newsflow.contract.EntityType.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Canonicalisation cases. Mentions are written inline as [TYPE text] so each case reads like the
 * tagger's output on a sentence; offsets are real, so title and lead positions count.
 */
class EntityCanonicaliserTest {

    private static final Pattern TAGGED = Pattern.compile("\\[(PER|ORG|LOC|MISC) ([^\\]]+)]");

    private final EntityCanonicaliser canonicaliser = new EntityCanonicaliser(KnownAliases.load());

    @Test
    void surnameAndHonorificFormsJoinTheFullName() {
        List<Entity> entities = canonicalise("[PER Putin] warns the West",
                "Russian President [PER Vladimir Putin] spoke on Tuesday. Mr [PER Putin] said talks failed. "
                        + "President [PER Putin] left.");

        Entity putin = only(entities, PERSON);
        assertThat(putin.name()).isEqualTo("Vladimir Putin");
        assertThat(putin.mentions()).isEqualTo(4);
        assertThat(putin.surfaceForms()).contains("Putin", "President Vladimir Putin", "Mr Putin", "President Putin");
    }

    @Test
    void caseVariantsOfAnAcronymAreOneEntityUnderOneName() {
        List<Entity> entities = canonicalise("[ORG Nato] summit",
                "[ORG NATO] leaders met. [ORG Nato]'s chief spoke. The [ORG North Atlantic Treaty Organization] agreed.");

        Entity nato = only(entities, ORGANIZATION);
        assertThat(nato.name()).isEqualTo("NATO");
        assertThat(nato.mentions()).isEqualTo(4);
    }

    @Test
    void spellingsOfTheUnitedStatesAreOnePlace() {
        List<Entity> entities = canonicalise("[LOC US] talks",
                "The [LOC U.S.] said the [LOC United States] and [LOC America] agree. [LOC USA] too.");

        Entity us = only(entities, LOCATION);
        assertThat(us.name()).isEqualTo("United States");
        assertThat(us.mentions()).isEqualTo(5);
        assertThat(us.surfaceForms()).containsExactly("US", "U.S.", "United States", "America", "USA");
    }

    @Test
    void anAcronymJoinsTheNameWhoseInitialsItSpells() {
        List<Entity> entities = canonicalise("Inspectors report",
                "The [ORG International Atomic Energy Agency] said the [ORG IAEA] would return.");

        assertThat(only(entities, ORGANIZATION).name()).isEqualTo("International Atomic Energy Agency");
    }

    @Test
    void aTitleGluedToANameIsSplitOff() {
        List<Entity> entities = canonicalise("Talks",
                "[ORG US National Security Adviser] [PER Jake Sullivan] met [PER Prime Minister Tony Blair]. "
                        + "[PER Sullivan] left.");

        assertThat(names(entities, PERSON)).containsExactlyInAnyOrder("Jake Sullivan", "Tony Blair");
        assertThat(names(entities, ORGANIZATION)).isEmpty();
        assertThat(names(entities, LOCATION)).containsExactly("United States");
        assertThat(entities.stream().filter(e -> e.name().equals("Jake Sullivan")).findFirst().orElseThrow().mentions())
                .isEqualTo(2);
    }

    @Test
    void aRoleAndNameTaggedAsOneOrganisationYieldThePersonAndTheKnownPlaceTheRoleNames() {
        List<Entity> entities = canonicalise("Envoy flies in",
                "[ORG US National Security Adviser Jake Sullivan] landed on Monday. [PER Sullivan] met officials.");

        assertThat(names(entities, PERSON)).containsExactly("Jake Sullivan");
        assertThat(names(entities, LOCATION)).containsExactly("United States");
        assertThat(names(entities, ORGANIZATION)).isEmpty();
        assertThat(only(entities, PERSON).mentions()).isEqualTo(2);
    }

    @Test
    void aRoleAndNameTaggedAsAPlaceOrMiscYieldThePersonToo() {
        List<Entity> entities = canonicalise("Visit",
                "[LOC UK Prime Minister Keir Starmer] arrived. [MISC EU Trade Commissioner Maria Lindqvist] waited.");

        assertThat(names(entities, PERSON)).containsExactlyInAnyOrder("Keir Starmer", "Maria Lindqvist");
        assertThat(names(entities, LOCATION)).containsExactly("United Kingdom");
        assertThat(names(entities, ORGANIZATION)).containsExactly("European Union");
        assertThat(names(entities, MISC)).isEmpty();
    }

    @Test
    void aRoleStartingWithACountryAdjectiveNamesThatCountry() {
        List<Entity> entities = canonicalise("Talks",
                "[PER Russian Foreign Minister Sergei Lavrov] met [ORG South Korean President Lee Jae-myung] in "
                        + "[LOC Russia]. [MISC Russian] officials attended.");

        assertThat(names(entities, PERSON)).containsExactlyInAnyOrder("Sergei Lavrov", "Lee Jae-myung");
        assertThat(names(entities, LOCATION)).containsExactlyInAnyOrder("Russia", "South Korea");
        assertThat(entities).filteredOn(e -> e.name().equals("Russia")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).isEqualTo(2));
        assertThat(names(entities, MISC)).containsExactly("Russian");
    }

    @Test
    void aRoleWhoseFirstWordIsNoKnownNameYieldsOnlyThePerson() {
        List<Entity> entities = canonicalise("Talks",
                "[ORG Foreign Minister Sergei Lavrov] spoke. [ORG Senior Adviser Anna Berg] listened.");

        assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("Sergei Lavrov", "Anna Berg");
        assertThat(entities).allSatisfy(e -> assertThat(e.type()).isEqualTo(PERSON));
    }

    @Test
    void aNameFollowedByItsRoleIsAPersonWhateverTheTaggerTypedIt() {
        List<Entity> entities = canonicalise("Talks",
                "[ORG Jake Sullivan], the national security adviser, said talks went well. "
                        + "[LOC Lavrov], the foreign minister, disagreed. [ORG Macron], the French president, agreed. "
                        + "[ORG Microsoft], the software maker, declined to comment.");

        assertThat(names(entities, PERSON)).containsExactlyInAnyOrder("Jake Sullivan", "Lavrov", "Macron");
        assertThat(names(entities, ORGANIZATION)).containsExactly("Microsoft");
    }

    @Test
    void organisationNamesHoldingATitleWordAreNotSplitIntoAPerson() {
        List<Entity> entities = canonicalise("Results",
                "[ORG Premier League] clubs and [ORG General Motors] met at [ORG Queen Mary University].");

        assertThat(names(entities, ORGANIZATION)).containsExactlyInAnyOrder("Premier League", "General Motors",
                "Queen Mary University");
        assertThat(names(entities, PERSON)).isEmpty();
    }

    @Test
    void collectiveNamesAreNotPlacesOrOrganisations() {
        List<Entity> entities = canonicalise("[LOC The West] warns [ORG Big Tech]",
                "Leaders in [LOC the West] and [ORG Big Tech] firms met in [LOC West Bank] towns. [PER Kanye West] sang.");

        assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("West Bank", "Kanye West");
    }

    @Test
    void pronounOnlyMentionsAreDropped() {
        List<Entity> entities = canonicalise("Vote",
                "[PER Angela Merkel] won. [PER She] said [PER his] party lost. [PER he] agreed.");

        assertThat(entities).extracting(Entity::name).containsExactly("Angela Merkel");
    }

    @Test
    void aSurnameTheTaggerTypedDifferentlyStillJoinsThePerson() {
        List<Entity> entities = canonicalise("Vote", "[PER Gordon Brown] spoke. [ORG Brown] later said more.");

        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Gordon Brown");
            assertThat(e.type()).isEqualTo(PERSON);
            assertThat(e.mentions()).isEqualTo(2);
        });
    }

    @Test
    void anOrganisationsShortFormJoinsTheNameTheTextIntroducedFirst() {
        List<Entity> entities = canonicalise("[ORG Pernod] bid lifts [PER Domecq]",
                "[PER Pernod Ricard] is in talks to buy [MISC Allied Domecq]. [ORG Pernod] said [PER Domecq] shares rose.");

        assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("Pernod Ricard", "Allied Domecq");
        assertThat(entities).filteredOn(e -> e.name().equals("Pernod Ricard")).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(ORGANIZATION));
    }

    @Test
    void aShortNameMentionedBeforeALongerOneIsADifferentEntity() {
        List<Entity> entities = canonicalise("Cup tie",
                "[ORG Celtic] beat Rangers. [ORG Celtic] fans filled [ORG Celtic Park] on Sunday.");

        assertThat(entities).extracting(Entity::name).containsExactlyInAnyOrder("Celtic", "Celtic Park");
    }

    @Test
    void aGenericSuffixDoesNotMakeAnotherOrganisation() {
        List<Entity> entities = canonicalise("[ORG Labour] conference",
                "The [ORG Labour Party] met in Brighton. [ORG Labour] delegates cheered.");

        assertThat(only(entities, ORGANIZATION)).satisfies(e -> {
            assertThat(e.name()).isEqualTo("Labour Party");
            assertThat(e.mentions()).isEqualTo(3);
        });
    }

    @Test
    void possessivesAndQuotesDoNotMakeNewEntities() {
        List<Entity> entities = canonicalise("Profits", "[ORG Google's] profit rose. \"[ORG Google]\" said.");

        assertThat(only(entities, ORGANIZATION)).satisfies(e -> {
            assertThat(e.name()).isEqualTo("Google");
            assertThat(e.mentions()).isEqualTo(2);
        });
    }

    @Test
    void distinctPeopleWithDifferentNamesStaySeparate() {
        List<Entity> entities = canonicalise("Match",
                "[PER Serena Williams] beat [PER Maria Sharapova]. [PER Williams] served well. [MISC Australian] Open.");

        assertThat(names(entities, PERSON)).containsExactlyInAnyOrder("Serena Williams", "Maria Sharapova");
        assertThat(names(entities, MISC)).containsExactly("Australian");
    }

    @Test
    void entitiesInTheTitleAndLeadAreMoreSalientThanOnesMentionedOnceLater() {
        List<Entity> entities = canonicalise("[ORG Apple] unveils phone",
                "[ORG Apple] showed a phone on Monday.\n\nLater paragraphs mention [LOC Paris] once. "
                        + "And [ORG Apple] again.");

        assertThat(entities.getFirst().name()).isEqualTo("Apple");
        assertThat(entities.getFirst().salience()).isGreaterThan(entities.getLast().salience());
        assertThat(entities).allSatisfy(e -> assertThat(e.salience()).isBetween(0.0, 1.0));
    }

    private List<Entity> canonicalise(String taggedTitle, String taggedBody) {
        List<Mention> mentions = new ArrayList<>();
        String title = untag(taggedTitle, 0, mentions);
        int bodyStart = title.length() + 2;
        String body = untag(taggedBody, bodyStart, mentions);
        ArticleText article = ArticleText.of(title, null, body);
        assertThat(article.text().substring(bodyStart)).isEqualTo(body);
        return canonicaliser.canonicalise(mentions, article);
    }

    private static String untag(String tagged, int offset, List<Mention> mentions) {
        StringBuilder plain = new StringBuilder();
        Matcher matcher = TAGGED.matcher(tagged);
        int last = 0;
        while (matcher.find()) {
            plain.append(tagged, last, matcher.start());
            int begin = offset + plain.length();
            plain.append(matcher.group(2));
            mentions.add(new Mention(matcher.group(2), type(matcher.group(1)), begin, offset + plain.length()));
            last = matcher.end();
        }
        plain.append(tagged.substring(last));
        return plain.toString();
    }

    private static EntityType type(String tag) {
        return switch (tag) {
            case "PER" -> PERSON;
            case "ORG" -> ORGANIZATION;
            case "LOC" -> LOCATION;
            default -> MISC;
        };
    }

    private static Entity only(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).reduce((a, b) -> {
            throw new AssertionError("more than one " + type + ": " + entities);
        }).orElseThrow(() -> new AssertionError("no " + type + " in " + entities));
    }

    private static List<String> names(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }
}
