package io.newsflow.servicesupport.edge;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared defaults are there for every service, and everything a service or its caller sets wins over them. */
class StageDefaultsTest {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void sharedDefaultsApplyAndAnythingSetElsewhereOverridesThem() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .properties("spring.kafka.bootstrap-servers=elsewhere:1", "newsflow.stage.name=test")
                .run("--newsflow.topics.partitions=7")) {
            Environment environment = context.getEnvironment();
            assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus");
            assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).as("default properties win").isEqualTo("elsewhere:1");
            assertThat(environment.getProperty("newsflow.topics.partitions")).as("arguments win").isEqualTo("7");
            assertThat(environment.getProperty("newsflow.stage.transaction-id-prefix"))
                    .startsWith("newsflow-test-").endsWith("-");
        }
    }
}
