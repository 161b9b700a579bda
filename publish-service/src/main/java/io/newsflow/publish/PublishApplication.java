package io.newsflow.publish;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.util.Arrays;

/**
 * The publish service: consumes {@code news.enriched} and indexes every article into
 * Elasticsearch behind alias {@code news}. With first argument {@code reindex} it instead
 * rebuilds that index from the topic and exits (see {@code reindex.IndexRebuilder}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PublishApplication {

    public static final String REINDEX = "reindex";

    public static void main(String[] args) {
        if (args.length > 0 && REINDEX.equals(args[0])) {
            var context = new SpringApplicationBuilder(PublishApplication.class)
                    .web(WebApplicationType.NONE)
                    .profiles(REINDEX)
                    .run(Arrays.copyOfRange(args, 1, args.length));
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(PublishApplication.class, args);
    }
}
