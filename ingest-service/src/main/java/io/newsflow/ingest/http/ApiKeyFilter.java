package io.newsflow.ingest.http;

import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.article.Rejection;
import io.newsflow.ingest.article.RejectionReason;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * When API keys are configured, {@code /api/**} answers 401 unless the request carries one of them
 * in header {@code X-API-Key} (or as {@code Authorization: Bearer <key>}). Actuator and the OpenAPI
 * description stay open. A filter of its own rather than Spring Security: one header compared with
 * a list is all there is to it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final List<byte[]> keys;
    private final JsonMapper json;

    ApiKeyFilter(IngestProperties properties, JsonMapper json) {
        this.json = json;
        this.keys = properties.http().apiKeys().stream().map(key -> key.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return keys.isEmpty() || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isKnown(presentedKey(request))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsflow-ingest\"");
        ProblemResponses.write(json, response, request.getRequestURI(), ProblemResponses.of(new Rejection(RejectionReason.UNAUTHORIZED,
                "send a valid API key in header " + HEADER)));
    }

    private static String presentedKey(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if ((key == null || key.isBlank()) && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            key = authorization.substring(7);
        }
        return key == null ? null : key.strip();
    }

    private boolean isKnown(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] bytes = presented.getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (byte[] key : keys) {
            // Constant time per key, and every key compared: response time tells nothing about the keys.
            known |= MessageDigest.isEqual(key, bytes);
        }
        return known;
    }
}
