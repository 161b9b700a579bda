package io.newsflow.publish.connection;

import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Sends the basic-auth credentials ({@code spring.elasticsearch.username}/{@code password}) with
 * every request. Boot hands them to the HTTP client only as a credentials provider, which answers
 * the node's 401 challenge: each request then travels twice, first without credentials, doubling
 * requests and latency under load. Elasticsearch expects credentials up front, as its own clients
 * send them, so they go in a default header. The credentials provider is emptied: with the header
 * already sent, a 401 means wrong credentials, and it must reach the caller as Elasticsearch's
 * answer rather than as a second attempt that fails inside the HTTP client. Without a username, or
 * with an API key (which Boot already sends as a default header, and which this would replace), it
 * does nothing. Runs after Boot's own customizer, which sets the provider.
 */
public final class PreemptiveBasicAuthentication implements Rest5ClientBuilderCustomizer, Ordered {

    private final Header authorization;

    public PreemptiveBasicAuthentication(ElasticsearchConnectionDetails connection) {
        String username = connection.getUsername();
        if (!StringUtils.hasText(username) || StringUtils.hasText(connection.getApiKey())) {
            this.authorization = null;
            return;
        }
        String password = connection.getPassword() == null ? "" : connection.getPassword();
        this.authorization = new BasicHeader(HttpHeaders.AUTHORIZATION, "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void customize(Rest5ClientBuilder builder) {
        if (authorization != null) {
            builder.setDefaultHeaders(new Header[] {authorization});
        }
    }

    @Override
    public void customize(HttpAsyncClientBuilder builder) {
        if (authorization != null) {
            builder.setDefaultCredentialsProvider(new BasicCredentialsProvider());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
