package io.newsflow.enrich;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Consumes news.raw, tags each article, produces news.enriched; see README.md. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

    /** Id of the news.raw listener container, for operators' tools and the benchmark. */
    public static final String LISTENER_ID = "enrich";

    public static void main(String[] args) {
        SpringApplication.run(EnrichApplication.class, args);
    }
}
