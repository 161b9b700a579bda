package io.newsflow.ingest.http;

import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.article.Rejection;
import io.newsflow.ingest.article.RejectionReason;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Spring Security decides on the path Spring MVC routes (decoded and normalised),
 * so no spelling of {@code /api/v1/articles} ({@code /%61pi/...}) gets past the key check, and its
 * firewall refuses the ambiguous spellings (encoded slashes, {@code %25}, path parameters, {@code //})
 * before anything else. With API keys configured every route needs one except Actuator, the OpenAPI
 * description and the error page: a route added later is protected without anyone remembering to.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    /** A bean, so that Boot does not also set up its default user with a generated password. */
    @Bean
    ApiKeyAuthentication apiKeyAuthentication(IngestProperties properties) {
        return new ApiKeyAuthentication(properties.http());
    }

    @Bean
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, IngestProperties properties, ApiKeyAuthentication keys, JsonMapper json,
                                               @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes) throws Exception {
        RouteTag routeTag = new RouteTag(routes);
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> {
            routeTag.tag(request);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsflow-ingest\"");
            ProblemResponses.write(json, response, request.getRequestURI(), ProblemResponses.of(new Rejection(RejectionReason.UNAUTHORIZED,
                    "send a valid API key in header " + ApiKeyAuthentication.HEADER + " or as Authorization: Bearer <key>")));
        };
        http.csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized));
        if (properties.http().apiKeys().isEmpty()) {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
        }
        AuthenticationFilter apiKeyFilter = new AuthenticationFilter(keys, keys);
        apiKeyFilter.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
        // The default success handler redirects (form login); here the request simply goes on.
        apiKeyFilter.setSuccessHandler((request, response, authentication) -> { });
        return http.addFilterBefore(apiKeyFilter, AbstractPreAuthenticatedProcessingFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .build();
    }

    /** A path the firewall refuses gets a problem like every other error, not an empty 400. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(JsonMapper json,
                                                         @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping routes) {
        RouteTag routeTag = new RouteTag(routes);
        return (request, response, exception) -> {
            routeTag.tag(request);
            ProblemResponses.write(json, response, null, ProblemResponses.of(new Rejection(RejectionReason.INVALID_PATH,
                    "the path holds an encoded slash, backslash, percent sign or dot, a path parameter (;) or an empty segment")));
        };
    }
}
