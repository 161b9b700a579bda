package io.newsflow.publish.config;

import io.newsflow.publish.connection.ElasticsearchConnectionProperties;
import io.newsflow.publish.connection.ElasticsearchTrust;
import io.newsflow.publish.connection.PreemptiveBasicAuthentication;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Additions to the Elasticsearch client Boot builds from {@code spring.elasticsearch.*}: basic auth
 * sent with the first request, and trust in the node's certificate by SSL bundle or CA fingerprint,
 * with its host name checked. Both do nothing for a plain-HTTP node without a password (the laptop default).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConnectionConfiguration {

    @Bean
    PreemptiveBasicAuthentication elasticsearchPreemptiveBasicAuthentication(ElasticsearchConnectionDetails connection) {
        return new PreemptiveBasicAuthentication(connection);
    }

    @Bean
    ElasticsearchTrust elasticsearchTrust(ElasticsearchConnectionDetails connection, ElasticsearchConnectionProperties properties) {
        return new ElasticsearchTrust(connection, properties);
    }
}
