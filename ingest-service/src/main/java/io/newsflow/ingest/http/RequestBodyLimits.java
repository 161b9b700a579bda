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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Bounds every request body while it streams in, never by reading it first: a Content-Length over
 * {@code newsflow.ingest.http.max-request-size} is answered 413 at once, and a body without one (chunked)
 * fails with {@link RequestTooLargeException} as soon as the limit is passed, so at most the limit is
 * ever held. A gzip body is decompressed with the same limit on its expanded size (a small bomb cannot
 * expand into the heap); any other Content-Encoding is answered 415. Runs after Spring Security, so a
 * request without a valid key is refused before a byte of its body is read.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class RequestBodyLimits extends OncePerRequestFilter {

    private static final Set<String> GZIP = Set.of("gzip", "x-gzip");

    private final long maxBytes;
    private final JsonMapper json;
    private final RouteTag routeTag;

    RequestBodyLimits(IngestProperties properties, JsonMapper json,
                      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes) {
        this.json = json;
        this.maxBytes = properties.http().maxRequestSize().toBytes();
        this.routeTag = new RouteTag(routes);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        String coding = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
        if (!coding.equals("identity") && !coding.isEmpty() && !GZIP.contains(coding)) {
            refuse(request, response, new Rejection(RejectionReason.UNSUPPORTED_ENCODING,
                    "Content-Encoding '" + encoding + "' is not supported; send the body as it is or with gzip"));
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response, new Rejection(RejectionReason.TOO_LARGE,
                    "the request body is larger than the limit of " + maxBytes + " bytes"));
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, maxBytes, GZIP.contains(coding)), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Rejection rejection) throws IOException {
        routeTag.tag(request);
        ProblemResponses.write(json, response, request.getRequestURI(), ProblemResponses.of(rejection));
    }

    /** The body passed the limit while it was read; answered 413 by {@link ProblemDetailsAdvice}. */
    static final class RequestTooLargeException extends IOException {
        RequestTooLargeException(long maxBytes, boolean expanded) {
            super("the request body is larger than the limit of " + maxBytes + " bytes" + (expanded ? " once decompressed" : ""));
        }
    }

    /**
     * The request with its body counted as it is read (and decompressed). Hand-written: the counting is a
     * dozen lines, and the stream must fail, not silently stop, at the limit (commons-io's BoundedInputStream
     * stops, and is not on the classpath).
     */
    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {
        private static final Set<String> HIDDEN_WHEN_DECODED = Set.of("content-length", "content-encoding");

        private final long maxBytes;
        private final boolean gzip;
        private ServletInputStream body;

        LimitedBodyRequest(HttpServletRequest request, long maxBytes, boolean gzip) {
            super(request);
            this.maxBytes = maxBytes;
            this.gzip = gzip;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                ServletInputStream raw = super.getInputStream();
                InputStream counted = new CountingStream(raw, maxBytes, false);
                body = gzip ? servletStream(new CountingStream(new GZIPInputStream(counted, 8192), maxBytes, true), raw)
                        : servletStream(counted, raw);
            }
            return body;
        }

        // A decompressed body has no known length, and is no longer encoded.
        @Override
        public String getHeader(String name) {
            return gzip && HIDDEN_WHEN_DECODED.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return gzip && HIDDEN_WHEN_DECODED.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            if (!gzip) {
                return super.getHeaderNames();
            }
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !HIDDEN_WHEN_DECODED.contains(name.toLowerCase(Locale.ROOT))).toList());
        }

        @Override
        public int getContentLength() {
            return gzip ? -1 : super.getContentLength();
        }

        @Override
        public long getContentLengthLong() {
            return gzip ? -1 : super.getContentLengthLong();
        }

        private static ServletInputStream servletStream(InputStream in, ServletInputStream raw) {
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return raw.isFinished();
                }

                @Override
                public boolean isReady() {
                    return raw.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the article endpoint reads its body blocking");
                }
            };
        }
    }

    private static final class CountingStream extends InputStream {
        private final InputStream in;
        private final long maxBytes;
        private final boolean expanded;
        private long count;

        CountingStream(InputStream in, long maxBytes, boolean expanded) {
            this.in = in;
            this.maxBytes = maxBytes;
            this.expanded = expanded;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > maxBytes) {
                throw new RequestTooLargeException(maxBytes, expanded);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
