package io.newsflow.testsupport;

/** Servers someone else runs: tests use them as they are and cannot stop or restart them. */
final class ExternalServers {

    private ExternalServers() {
    }

    static KafkaServer kafka(String bootstrapServers) {
        return new KafkaServer() {
            @Override
            public String bootstrapServers() {
                return bootstrapServers;
            }

            @Override
            public void restart() {
                throw new UnsupportedOperationException("an external broker (" + TestServers.KAFKA_ENV + ") cannot be restarted by a test");
            }
        };
    }

    static ElasticsearchServer elasticsearch(String url) {
        return new ElasticsearchServer() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public void stop() {
                throw new UnsupportedOperationException("an external node (" + TestServers.ELASTICSEARCH_ENV + ") cannot be stopped by a test");
            }

            @Override
            public void start() {
                throw new UnsupportedOperationException("an external node (" + TestServers.ELASTICSEARCH_ENV + ") cannot be started by a test");
            }
        };
    }
}
