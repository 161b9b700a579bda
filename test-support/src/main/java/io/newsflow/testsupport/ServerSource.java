package io.newsflow.testsupport;

/** Where a test JVM's servers come from, in order of preference. */
public enum ServerSource {
    /** Servers named by {@code NEWSFLOW_TEST_KAFKA_BOOTSTRAP_SERVERS} / {@code NEWSFLOW_TEST_ELASTICSEARCH_URL}. */
    EXTERNAL,
    /** apache/kafka and elasticsearch containers, when a Docker engine is usable. */
    TESTCONTAINERS,
    /** The project's local stack: the same servers as child processes, built from Maven Central artifacts. */
    LOCAL_STACK
}
