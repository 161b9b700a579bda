package io.newsflow.publish.index;

import java.util.Collection;
import java.util.OptionalInt;

/** Names of the versioned indices behind the alias: {@code news-v1}, {@code news-v2}, ... */
public record IndexNames(String alias, String versionPrefix) {

    public String version(int version) {
        return versionPrefix + version;
    }

    public String pattern() {
        return versionPrefix + "*";
    }

    /** The version number of a versioned index name, or empty for any other name. */
    public OptionalInt versionOf(String index) {
        if (!index.startsWith(versionPrefix)) {
            return OptionalInt.empty();
        }
        try {
            int version = Integer.parseInt(index.substring(versionPrefix.length()));
            return version > 0 ? OptionalInt.of(version) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The highest version among the given index names, or 0 when none is versioned. */
    public int highestVersion(Collection<String> indices) {
        return indices.stream().map(this::versionOf).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).max().orElse(0);
    }
}
