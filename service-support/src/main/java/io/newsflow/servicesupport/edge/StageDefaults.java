package io.newsflow.servicesupport.edge;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds {@code newsflow-stage-defaults.yml} (management, tracing, logging, Kafka client and topic
 * defaults every service shares) as the environment's last property source: each service's own
 * {@code application.yml}, environment variables and command-line arguments all override it, so a
 * service writes down only what is its own.
 */
public class StageDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "newsflow-stage-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
