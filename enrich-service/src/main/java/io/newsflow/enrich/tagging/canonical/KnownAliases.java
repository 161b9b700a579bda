package io.newsflow.enrich.tagging.canonical;

import io.newsflow.contract.EntityType;
import io.newsflow.enrich.text.ResourceLines;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names that are written many ways across articles ("US", "U.S.", "America", "United States"):
 * each maps to one canonical name and type, so facets in the index count them together. Loaded
 * from {@code canonical/aliases.tsv}; entities not listed are merged by the per-article rules.
 */
public final class KnownAliases {

    /** A canonical name with its type. */
    public record Alias(String name, EntityType type) {
    }

    private final Map<String, Alias> byKey;

    private KnownAliases(Map<String, Alias> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static KnownAliases load() {
        Map<String, Alias> byKey = new HashMap<>();
        ResourceLines.read("/canonical/aliases.tsv").forEach(line -> add(line, byKey));
        return new KnownAliases(byKey);
    }

    private static void add(String line, Map<String, Alias> byKey) {
        String[] columns = line.split("\t");
        if (columns.length != 3) {
            throw new IllegalStateException("aliases.tsv: expected canonical<TAB>TYPE<TAB>variants, got: " + line);
        }
        Alias alias = new Alias(columns[0].strip(), EntityType.valueOf(columns[1].strip()));
        byKey.put(NameKey.of(alias.name()), alias);
        for (String variant : columns[2].split("\\|")) {
            byKey.put(NameKey.of(variant), alias);
        }
    }

    public Optional<Alias> find(String name) {
        return Optional.ofNullable(byKey.get(NameKey.of(name)));
    }
}
