package io.newsflow.servicesupport.edge;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.CompositePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds {@code newsflow-stage-defaults.yml} (management, tracing, logging, Kafka client and topic
 * defaults every service shares) behind everything else: each service's own {@code application.yml},
 * environment variables, command-line arguments and even {@code SpringApplication} default
 * properties override it, so a service writes down only what is its own. It joins Boot's
 * {@code defaultProperties} source (after its own entries), because Boot moves that source to the
 * very end once the environment is prepared: a source added last here would end up before it.
 */
public class StageDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "newsflow-stage-defaults.yml";
    private static final String DEFAULT_PROPERTIES = "defaultProperties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        PropertySource<?> existing = sources.get(DEFAULT_PROPERTIES);
        CompositePropertySource defaults = new CompositePropertySource(DEFAULT_PROPERTIES);
        if (existing != null) {
            defaults.addPropertySource(existing);
        }
        try {
            new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE)).forEach(defaults::addPropertySource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (existing != null) {
            sources.replace(DEFAULT_PROPERTIES, defaults);
        } else {
            sources.addLast(defaults);
        }
    }
}
