package io.newsflow.enrich.tagging.canonical;

import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.tagging.ner.Mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges one article's mentions into entities, each under one canonical name:
 * <ol>
 *   <li>clean each mention (titles, possessives, pronouns: {@link MentionCleaner});</li>
 *   <li>group by comparison key, so case and punctuation variants meet ("Nato"/"NATO", "U.S."/"US"),
 *       and known aliases by their canonical name ("America" → "United States");</li>
 *   <li>join an organisation to the same name with a generic suffix ("Labour" → "Labour Party");</li>
 *   <li>join one-word forms to the full name: a surname ("Putin" → "Vladimir Putin"), also when the
 *       tagger typed that one mention differently, a first name when it is a person, an organisation's
 *       short form ("Domecq" → "Allied Domecq");</li>
 *   <li>join an acronym to the expansion whose initials it spells ("IAEA" → "International Atomic Energy Agency").</li>
 * </ol>
 * Entities come out most salient first.
 */
public final class EntityCanonicaliser {

    private static final Set<String> INITIALS_SKIPPED = Set.of("of", "the", "and", "for", "de", "&");
    private static final Set<String> ORGANISATION_SUFFIXES = Set.of(
            "party", "plc", "inc", "corp", "corporation", "ltd", "limited", "group", "co", "company", "llc", "ag", "sa");

    private final KnownAliases aliases;
    private final MentionCleaner cleaner;

    public EntityCanonicaliser(KnownAliases aliases) {
        this.aliases = aliases;
        this.cleaner = new MentionCleaner(aliases, Demonyms.load());
    }

    public List<Entity> canonicalise(List<Mention> mentions, ArticleText article) {
        List<MentionCluster> clusters = groupByKey(mentions, article.text());
        joinOrganisationSuffixes(clusters);
        joinShortForms(clusters, article);
        joinAcronyms(clusters);
        int maxMentions = clusters.stream().mapToInt(c -> c.mentions().size()).max().orElse(1);
        return clusters.stream()
                .map(c -> new Entity(c.canonicalName(), c.type(), c.mentions().size(),
                        SalienceScorer.score(c, maxMentions, article), c.surfaceForms()))
                .sorted(Comparator.comparingDouble(Entity::salience).reversed()
                        .thenComparing(Comparator.comparingInt(Entity::mentions).reversed())
                        .thenComparing(Entity::name))
                .toList();
    }

    private List<MentionCluster> groupByKey(List<Mention> mentions, String text) {
        Map<String, MentionCluster> byKey = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            cleaner.clean(mention, text).forEach(named -> {
                Optional<KnownAliases.Alias> alias = aliases.find(named.name());
                String key = alias.map(a -> "alias:" + a.name()).orElse(named.key());
                byKey.computeIfAbsent(key, k -> new MentionCluster(alias.orElse(null))).add(named);
            });
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * A one-word name joins the longer name it starts or ends: a person's surname ("Putin"), a first
     * name tagged as a person, or the short form of another name ("Domecq" for "Allied Domecq"), also
     * when the tagger typed the two differently. Surnames go to the most mentioned person; other short
     * forms only join a name that is unambiguous and that the text introduced first (the headline
     * aside), as news style does ("Pernod Ricard ... Pernod"), so "Celtic" does not become "Celtic Park".
     */
    private static void joinShortForms(List<MentionCluster> clusters, ArticleText article) {
        // Taken once: absorbing one-word mentions never changes a full name (the fullest form written
        // stays canonical), and only one-word clusters leave the list here. Types can change, so they are read as we go.
        List<FullName> fullNames = clusters.stream()
                .filter(full -> full.tokenCount() > 1 && !full.isAlias())
                .map(FullName::of)
                .toList();
        for (MentionCluster shortForm : List.copyOf(clusters)) {
            if (shortForm.isAlias() || shortForm.tokenCount() > 1) {
                continue;
            }
            String word = shortForm.longestKey();
            boolean isPerson = shortForm.type() == EntityType.PERSON;
            List<FullName> longer = fullNames.stream()
                    .filter(full -> full.last().equals(word) || full.first().equals(word))
                    .toList();
            List<MentionCluster> people = longer.stream()
                    .filter(full -> full.cluster().type() == EntityType.PERSON)
                    .filter(full -> full.last().equals(word) || isPerson)
                    .map(FullName::cluster)
                    .toList();
            if (!people.isEmpty()) {
                merge(shortForm, people.stream().max(Comparator.comparingInt(full -> full.mentions().size())).orElseThrow(), clusters);
            } else if (longer.size() == 1 && firstInBody(longer.getFirst().cluster(), article) < firstInBody(shortForm, article)) {
                merge(shortForm, longer.getFirst().cluster(), clusters);
            }
        }
    }

    /** A cluster of a name of two words or more, with its first and last word. */
    private record FullName(MentionCluster cluster, String first, String last) {

        static FullName of(MentionCluster cluster) {
            String[] tokens = NameKey.tokens(cluster.longestKey());
            return new FullName(cluster, tokens[0], tokens[tokens.length - 1]);
        }
    }

    private static int firstInBody(MentionCluster cluster, ArticleText article) {
        return cluster.mentions().stream().mapToInt(NamedMention::begin).filter(begin -> !article.inTitle(begin))
                .min().orElse(Integer.MAX_VALUE);
    }

    /** "Labour" and "Labour Party", "Apple" and "Apple Inc": a generic suffix does not make another organisation. */
    private static void joinOrganisationSuffixes(List<MentionCluster> clusters) {
        for (MentionCluster withSuffix : List.copyOf(clusters)) {
            String[] tokens = NameKey.tokens(withSuffix.longestKey());
            if (withSuffix.type() != EntityType.ORGANIZATION || tokens.length < 2
                    || !ORGANISATION_SUFFIXES.contains(tokens[tokens.length - 1])) {
                continue;
            }
            String bare = String.join(" ", Arrays.copyOf(tokens, tokens.length - 1));
            clusters.stream()
                    .filter(c -> c != withSuffix && c.longestKey().equals(bare))
                    .findFirst()
                    .ifPresent(c -> merge(c, withSuffix, clusters));
        }
    }

    private static void joinAcronyms(List<MentionCluster> clusters) {
        for (MentionCluster acronym : List.copyOf(clusters)) {
            String key = acronym.longestKey();
            if (acronym.isAlias() || acronym.type() == EntityType.PERSON
                    || key.length() < 2 || key.length() > 6 || !key.chars().allMatch(Character::isLetter)) {
                continue;
            }
            clusters.stream()
                    .filter(full -> full != acronym && full.type() != EntityType.PERSON && full.tokenCount() > 1)
                    .filter(full -> initials(full.longestKey()).equals(key))
                    .findFirst()
                    .ifPresent(full -> merge(acronym, full, clusters));
        }
    }

    private static void merge(MentionCluster from, MentionCluster into, List<MentionCluster> clusters) {
        into.absorb(from);
        clusters.remove(from);
    }

    private static String initials(String key) {
        StringBuilder initials = new StringBuilder();
        for (String token : NameKey.tokens(key)) {
            if (!INITIALS_SKIPPED.contains(token)) {
                initials.append(token.charAt(0));
            }
        }
        return initials.toString();
    }
}
