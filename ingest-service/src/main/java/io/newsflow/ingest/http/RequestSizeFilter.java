package io.newsflow.ingest.http;

import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.article.Rejection;
import io.newsflow.ingest.article.RejectionReason;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Answers 413 to an article request whose body is larger than {@code newsflow.ingest.http.max-request-size}:
 * at once when Content-Length says so, otherwise as soon as the limit is passed while reading (a
 * chunked upload has no length). The body is read here, within the limit, and handed on in memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestSizeFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final JsonMapper json;

    RequestSizeFilter(IngestProperties properties, JsonMapper json) {
        this.json = json;
        this.maxBytes = properties.http().maxRequestSize().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getContentLengthLong() > maxBytes ? null : readAtMost(request.getInputStream(), maxBytes);
        if (body == null) {
            ProblemResponses.write(json, response, request.getRequestURI(), ProblemResponses.of(new Rejection(RejectionReason.TOO_LARGE,
                    "the request body is larger than the limit of " + maxBytes + " bytes")));
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** The whole stream, or null when it holds more than the limit. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return bytes.length > limit ? null : bytes;
    }

    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
