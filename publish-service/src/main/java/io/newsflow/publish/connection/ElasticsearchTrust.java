package io.newsflow.publish.connection;

import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.HttpsSupport;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.reactor.ssl.SSLBufferMode;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

import javax.net.ssl.HostnameVerifier;

/**
 * Which certificate the publish service accepts from Elasticsearch: one issued by the CA of an SSL
 * bundle ({@code spring.elasticsearch.restclient.ssl.bundle}), or by the CA whose SHA-256
 * fingerprint Elasticsearch printed at its first start ({@code newsflow.publish.elasticsearch.ca-fingerprint},
 * checked by the Java client's own {@link TransportUtils#sslContextFromCaFingerprint}). Either way
 * the certificate must also name the host of the URI: Boot's bundle support turns that check off,
 * which would let any certificate of the same CA stand in for the node. With neither, the JVM's
 * trusted CAs apply, as the HTTP client does by default. Runs after Boot's own customizer, whose
 * TLS strategy it replaces.
 */
public final class ElasticsearchTrust implements Rest5ClientBuilderCustomizer, Ordered {

    private final TlsStrategy strategy;

    public ElasticsearchTrust(ElasticsearchConnectionDetails connection, ElasticsearchConnectionProperties properties) {
        SslBundle bundle = connection.getSslBundle();
        String fingerprint = properties.caFingerprint();
        HostnameVerifier hostnames = properties.verifyHostname()
                ? HttpsSupport.getDefaultHostnameVerifier() : NoopHostnameVerifier.INSTANCE;
        if (bundle != null && StringUtils.hasText(fingerprint)) {
            throw new IllegalStateException("Trust Elasticsearch's certificate through either "
                    + "spring.elasticsearch.restclient.ssl.bundle or newsflow.publish.elasticsearch.ca-fingerprint, not both");
        } else if (bundle != null) {
            strategy = new DefaultClientTlsStrategy(bundle.createSslContext(), bundle.getOptions().getEnabledProtocols(),
                    bundle.getOptions().getCiphers(), SSLBufferMode.STATIC, hostnames);
        } else if (StringUtils.hasText(fingerprint)) {
            strategy = new DefaultClientTlsStrategy(TransportUtils.sslContextFromCaFingerprint(fingerprint),
                    null, null, SSLBufferMode.STATIC, hostnames);
        } else {
            strategy = null;
        }
    }

    @Override
    public void customize(Rest5ClientBuilder builder) {
        // Trust is a matter of the connection manager only.
    }

    @Override
    public void customize(PoolingAsyncClientConnectionManagerBuilder builder) {
        if (strategy != null) {
            builder.setTlsStrategy(strategy);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
