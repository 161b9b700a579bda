package io.newsflow.enrich.tagging.canonical;

import io.newsflow.enrich.text.ResourceLines;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Country adjectives ("Russian", "South Korean") and the country each names, from
 * {@code canonical/demonyms.tsv}: a role that starts with one names that country.
 */
final class Demonyms {

    private final Map<String, String> countryByKey;

    private Demonyms(Map<String, String> countryByKey) {
        this.countryByKey = Map.copyOf(countryByKey);
    }

    static Demonyms load() {
        Map<String, String> countryByKey = new HashMap<>();
        for (String line : ResourceLines.read("/canonical/demonyms.tsv")) {
            String[] columns = line.split("\t");
            if (columns.length != 2) {
                throw new IllegalStateException("demonyms.tsv: expected demonym<TAB>country, got: " + line);
            }
            countryByKey.put(NameKey.of(columns[0]), columns[1].strip());
        }
        return new Demonyms(countryByKey);
    }

    Optional<String> country(String demonym) {
        return Optional.ofNullable(countryByKey.get(NameKey.of(demonym)));
    }
}
