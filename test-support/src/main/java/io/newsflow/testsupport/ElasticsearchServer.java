package io.newsflow.testsupport;

/** The Elasticsearch node a test talks to, wherever it came from. */
public interface ElasticsearchServer {

    /** Base URL, for example {@code http://127.0.0.1:9200}. */
    String url();

    /** Makes the node unreachable until {@link #start()}; for outage tests. Data survives. */
    void stop();

    /** Brings a stopped node back on the same URL. */
    void start();
}
