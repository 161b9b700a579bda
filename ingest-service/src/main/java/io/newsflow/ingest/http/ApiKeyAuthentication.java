package io.newsflow.ingest.http;

import io.newsflow.ingest.IngestProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The API key of a request (header {@code X-API-Key}, or {@code Authorization: Bearer <key>}) read
 * as a Spring Security authentication, and checked against the configured keys.
 */
final class ApiKeyAuthentication implements AuthenticationConverter, AuthenticationManager {

    static final String HEADER = "X-API-Key";

    private final List<byte[]> keys;

    ApiKeyAuthentication(IngestProperties.Http properties) {
        this.keys = properties.apiKeys().stream().map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** The presented key, or null when the request carries none (then the entry point answers 401). */
    @Override
    public Authentication convert(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if ((key == null || key.isBlank()) && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = authorization.substring(7);
        }
        return key == null || key.isBlank() ? null : new PreAuthenticatedAuthenticationToken("api-key", key.strip());
    }

    @Override
    public Authentication authenticate(Authentication presented) {
        byte[] bytes = String.valueOf(presented.getCredentials()).getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (byte[] key : keys) {
            // Constant time per key, and every key compared: response time tells nothing about the keys.
            known |= MessageDigest.isEqual(key, bytes);
        }
        if (!known) {
            throw new BadCredentialsException("the API key is not one of the configured keys");
        }
        return new PreAuthenticatedAuthenticationToken("api-key", null, AuthorityUtils.createAuthorityList("ROLE_FEEDER"));
    }
}
