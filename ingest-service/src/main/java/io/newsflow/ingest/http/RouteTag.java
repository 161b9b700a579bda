package io.newsflow.ingest.http;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Names the route of a request that is answered before Spring MVC routes it (401 from Spring Security,
 * 413 and 415 from the body limits, a path the firewall refuses), so that http.server.requests counts
 * it under {@code uri="/api/v1/articles"} rather than {@code uri="UNKNOWN"}, where the dashboard and
 * the alerts would never see it.
 */
final class RouteTag {

    /** What a request outside every route is counted under. */
    static final String UNROUTED = "/**";

    private final RequestMappingHandlerMapping routes;

    RouteTag(RequestMappingHandlerMapping routes) {
        this.routes = routes;
    }

    void tag(HttpServletRequest request) {
        ServerHttpObservationFilter.findObservationContext(request)
                .filter(context -> context.getPathPattern() == null)
                .ifPresent(context -> context.setPathPattern(routeOf(request)));
    }

    private String routeOf(HttpServletRequest request) {
        Object cachedPath = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            ServletRequestPathUtils.parseAndCache(request);
            HandlerExecutionChain handler = routes.getHandler(request);
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            return handler != null && pattern != null ? pattern.toString() : UNROUTED;
        } catch (Exception e) {
            // A route that exists for another method or media type: the path alone still names it.
            return routes.getHandlerMethods().keySet().stream()
                    .flatMap(info -> info.getPatternValues().stream())
                    .filter(pattern -> pattern.equals(request.getServletPath()))
                    .findFirst().orElse(UNROUTED);
        } finally {
            request.removeAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            if (cachedPath == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
