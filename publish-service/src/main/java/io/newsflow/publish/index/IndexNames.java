package io.newsflow.publish.index;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Names of the indices behind the readers' alias. An index set is one mapping version, split by
 * period: {@code news-v1-2026.11}, {@code news-v1-2026.12}, ... (a rebuild makes {@code news-v2-*}).
 * Each index of the live set also carries a write alias for its period, {@code news-2026.12}, which
 * the service writes through, so that live writes follow an alias swap. Indices of the older
 * single-index layout ({@code news-v1}) are still recognised, so a rebuild can replace them.
 */
public record IndexNames(String alias, String versionPrefix, IndexPeriod period) {

    public String index(int version, String periodKey) {
        return versionPrefix + version + "-" + periodKey;
    }

    /** The write alias of one period of the live set. */
    public String periodAlias(String periodKey) {
        return alias + "-" + periodKey;
    }

    /** Every index of every set. */
    public String pattern() {
        return versionPrefix + "*";
    }

    /** The version number of an index name of any set, or empty for any other name. */
    public OptionalInt versionOf(String index) {
        if (!index.startsWith(versionPrefix)) {
            return OptionalInt.empty();
        }
        String rest = index.substring(versionPrefix.length());
        int dash = rest.indexOf('-');
        try {
            int version = Integer.parseInt(dash < 0 ? rest : rest.substring(0, dash));
            if (version <= 0 || (dash >= 0 && period.endOf(rest.substring(dash + 1)).isEmpty())) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(version);
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The period key of a partitioned index name; empty for other names and the single-index layout. */
    public Optional<String> periodOf(String index) {
        if (versionOf(index).isEmpty()) {
            return Optional.empty();
        }
        int dash = index.indexOf('-', versionPrefix.length());
        return dash < 0 ? Optional.empty() : Optional.of(index.substring(dash + 1));
    }

    /** The highest version among the given index names, or 0 when none is versioned. */
    public int highestVersion(Collection<String> indices) {
        return indices.stream().map(this::versionOf).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).max().orElse(0);
    }
}
