package io.newsflow.publish.bulk;

/** Told whether the last bulk request reached Elasticsearch, so the consumer can pause during an outage. */
public interface ElasticsearchReachability {

    ElasticsearchReachability IGNORE = new ElasticsearchReachability() {
        @Override
        public void reachable() {
        }

        @Override
        public void unreachable(Throwable cause) {
        }
    };

    void reachable();

    void unreachable(Throwable cause);
}
