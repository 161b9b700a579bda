package io.newsflow.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class JavaRuntimeTest {

    @Test
    void readsFeatureVersionsOfBothNumberingSchemes() {
        assertThat(JavaRuntime.parseFeatureVersion("25.0.1")).contains(25);
        assertThat(JavaRuntime.parseFeatureVersion("21")).contains(21);
        assertThat(JavaRuntime.parseFeatureVersion("17.0.15")).contains(17);
        assertThat(JavaRuntime.parseFeatureVersion("1.8.0_392")).contains(8);
        assertThat(JavaRuntime.parseFeatureVersion("unknown")).isEmpty();
    }

    @Test
    void findsAJdkThatCanRunElasticsearch() {
        JavaRuntime java = JavaRuntime.find();

        assertThat(java.featureVersion()).isGreaterThanOrEqualTo(21);
        assertThat(Files.isExecutable(java.javaExecutable())).isTrue();
    }
}
