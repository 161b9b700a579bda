package io.newsflow.publish.config;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.newsflow.publish.connection.ElasticsearchConnectionProperties;
import io.newsflow.testsupport.SecuredElasticsearchProxy;
import io.newsflow.localstack.LocalCertificates;
import io.newsflow.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import javax.net.ssl.SSLHandshakeException;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The publish service's Elasticsearch client, configured by properties only, against the real node
 * behind a TLS-terminating proxy that demands credentials as a secured node does. The client is
 * Boot's, with this service's additions ({@link ElasticsearchConnectionConfiguration}).
 */
class ElasticsearchConnectionIT {

    private static final String USER = "newsflow-publish";
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final String API_KEY = UUID.randomUUID().toString();

    private static LocalCertificates certificates;
    private static SecuredElasticsearchProxy proxy;

    @BeforeAll
    static void securedNode() {
        certificates = LocalCertificates.generate(Path.of("target", "test-certificates", UUID.randomUUID().toString()));
        proxy = SecuredElasticsearchProxy.start(TestServers.elasticsearch().url(), certificates, USER, PASSWORD, API_KEY);
    }

    @AfterAll
    static void stopProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    private static ApplicationContextRunner client(String... properties) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, SslAutoConfiguration.class,
                        ElasticsearchRestClientAutoConfiguration.class, ElasticsearchClientAutoConfiguration.class))
                .withPropertyValues("spring.elasticsearch.uris=" + proxy.url())
                .withPropertyValues(properties);
    }

    private static String[] caBundle() {
        return new String[] {"spring.elasticsearch.restclient.ssl.bundle=elasticsearch",
                "spring.ssl.bundle.pem.elasticsearch.truststore.certificate=file:" + certificates.caCertificate().toAbsolutePath()};
    }

    @Test
    void basicAuthOverTlsGoesWithTheFirstRequestSoNothingIsSentTwice() {
        assertThat(fiveInfoRequests(client(caBundle()).withUserConfiguration(PublishConnection.class)))
                .as("requests reaching the node, of them answered 401").containsExactly(5, 0);
    }

    /** Why the addition exists: Boot alone answers each challenge, so every request is sent twice. */
    @Test
    void bootAloneWaitsForTheChallengeAndSendsEveryRequestTwice() {
        assertThat(fiveInfoRequests(client(caBundle())))
                .as("requests reaching the node, of them answered 401").containsExactly(10, 5);
    }

    /** Five calls with basic auth; how many requests the node saw and how many of those it challenged. */
    private static int[] fiveInfoRequests(ApplicationContextRunner runner) {
        int[] seen = new int[2];
        runner.withPropertyValues("spring.elasticsearch.username=" + USER, "spring.elasticsearch.password=" + PASSWORD)
                .run(context -> {
                    ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
                    int requests = proxy.requests();
                    int challenged = proxy.challenged();
                    for (int i = 0; i < 5; i++) {
                        assertThat(client.info().version().number()).startsWith("9.");
                    }
                    seen[0] = proxy.requests() - requests;
                    seen[1] = proxy.challenged() - challenged;
                });
        return seen;
    }

    @Test
    void anApiKeyWithTheCaFingerprintElasticsearchPrints() {
        client(PublishConnection.class, "spring.elasticsearch.api-key=" + API_KEY,
                "newsflow.publish.elasticsearch.ca-fingerprint=" + colons(certificates.caFingerprint()))
                .run(context -> {
                    int challenged = proxy.challenged();
                    assertThat(context.getBean(ElasticsearchClient.class).ping().value()).isTrue();
                    assertThat(proxy.challenged() - challenged).isZero();
                });
    }

    @Test
    void aCertificateFromAnotherCaIsRefusedBeforeAnyCredentialLeaves() {
        client(PublishConnection.class, "spring.elasticsearch.username=" + USER, "spring.elasticsearch.password=" + PASSWORD,
                "newsflow.publish.elasticsearch.ca-fingerprint=" + "ab".repeat(32))
                .run(context -> {
                    int requests = proxy.requests();
                    assertThatThrownBy(() -> context.getBean(ElasticsearchClient.class).info())
                            .hasRootCauseInstanceOf(java.security.cert.CertificateException.class)
                            .satisfies(e -> assertThat(causes(e)).anyMatch(SSLHandshakeException.class::isInstance));
                    assertThat(proxy.requests()).isEqualTo(requests);
                });
    }

    @Test
    void aCertificateThatDoesNotNameTheHostIsRefusedUnlessHostnameVerificationIsOff() {
        LocalCertificates localhostOnly = LocalCertificates.generate(
                Path.of("target", "test-certificates", UUID.randomUUID().toString()), "dns:localhost");
        try (SecuredElasticsearchProxy byName = SecuredElasticsearchProxy.start(TestServers.elasticsearch().url(),
                localhostOnly, USER, PASSWORD, API_KEY)) {
            String byAddress = byName.url().replace("localhost", "127.0.0.1");
            String[] trust = {"spring.elasticsearch.uris=" + byAddress, "spring.elasticsearch.api-key=" + API_KEY,
                    "newsflow.publish.elasticsearch.ca-fingerprint=" + localhostOnly.caFingerprint()};
            client(PublishConnection.class, trust).run(context -> {
                assertThatThrownBy(() -> context.getBean(ElasticsearchClient.class).info())
                        .satisfies(e -> assertThat(causes(e)).anyMatch(javax.net.ssl.SSLException.class::isInstance));
                assertThat(byName.requests()).isZero();
            });
            client(PublishConnection.class, trust).withPropertyValues("newsflow.publish.elasticsearch.verify-hostname=false")
                    .run(context -> assertThat(context.getBean(ElasticsearchClient.class).ping().value()).isTrue());
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        client(caBundle()).withUserConfiguration(PublishConnection.class)
                .withPropertyValues("spring.elasticsearch.username=" + USER, "spring.elasticsearch.password=wrong")
                .run(context -> assertThatThrownBy(() -> context.getBean(ElasticsearchClient.class).info())
                        .hasMessageContaining("security_exception"));
    }

    @Test
    void aBundleAndAFingerprintTogetherAreAConfigurationError() {
        client(caBundle()).withUserConfiguration(PublishConnection.class)
                .withPropertyValues("newsflow.publish.elasticsearch.ca-fingerprint=" + certificates.caFingerprint())
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("not both"));
    }

    private static ApplicationContextRunner client(Class<?> configuration, String... properties) {
        return client(properties).withUserConfiguration(configuration);
    }

    private static String colons(String hex) {
        return String.join(":", hex.toUpperCase().split("(?<=\\G..)"));
    }

    private static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.add(t);
        }
        return all;
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ElasticsearchConnectionProperties.class)
    @Import(ElasticsearchConnectionConfiguration.class)
    static class PublishConnection {
    }
}
