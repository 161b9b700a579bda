package io.newsflow.enrich.tagging.canonical;

import io.newsflow.contract.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The mentions of one entity in one article, as they are merged. */
final class MentionCluster {

    private final List<NamedMention> mentions = new ArrayList<>();
    private final KnownAliases.Alias alias;

    MentionCluster(KnownAliases.Alias alias) {
        this.alias = alias;
    }

    void add(NamedMention mention) {
        mentions.add(mention);
    }

    void absorb(MentionCluster other) {
        mentions.addAll(other.mentions);
        mentions.sort(Comparator.comparingInt(NamedMention::begin));
    }

    boolean isAlias() {
        return alias != null;
    }

    List<NamedMention> mentions() {
        return mentions;
    }

    /** The type most mentions carry; on a tie, the type of the earliest mention. */
    EntityType type() {
        if (alias != null) {
            return alias.type();
        }
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        mentions.forEach(m -> votes.merge(m.type(), 1, Integer::sum));
        EntityType best = mentions.getFirst().type();
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > votes.get(best)) {
                best = vote.getKey();
            }
        }
        return best;
    }

    /** The key of the longest name: the full form that shorter ones join. */
    String longestKey() {
        return NameKey.of(canonicalName());
    }

    int tokenCount() {
        return NameKey.tokens(longestKey()).length;
    }

    /** The alias's name, else the fullest form written (most words, then most often, then first). */
    String canonicalName() {
        if (alias != null) {
            return alias.name();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        mentions.forEach(m -> counts.merge(m.name(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> NameKey.tokens(NameKey.of(e.getKey())).length)
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -firstOffset(e.getKey())))
                .orElseThrow()
                .getKey();
    }

    private int firstOffset(String name) {
        return mentions.stream().filter(m -> m.name().equals(name)).mapToInt(NamedMention::begin).min().orElse(0);
    }

    List<String> surfaceForms() {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        mentions.forEach(m -> forms.add(m.surface()));
        return List.copyOf(forms);
    }

    int firstBegin() {
        return mentions.getFirst().begin();
    }
}
