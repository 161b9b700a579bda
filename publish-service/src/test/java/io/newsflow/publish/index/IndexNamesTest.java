package io.newsflow.publish.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexNamesTest {

    private final IndexNames names = new IndexNames("news", "news-v");

    @Test
    void findsTheHighestVersionAmongVersionedNamesOnly() {
        assertThat(names.highestVersion(List.of("news-v1", "news-v12", "news-v3", "news-vx", "other"))).isEqualTo(12);
        assertThat(names.highestVersion(List.of())).isZero();
        assertThat(names.version(4)).isEqualTo("news-v4");
        assertThat(names.versionOf("news-v0")).isEmpty();
    }
}
