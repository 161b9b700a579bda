package io.newsflow.ingest.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The title and security of the OpenAPI description springdoc serves at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Newsflow ingest API", version = "1",
                description = "Articles in (JSON, NDJSON, HTML pages, plain text); clean articles out on Kafka topic news.raw. "
                        + "Errors are RFC 9457 problem details with a `reason` code."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = ApiKeyAuthentication.HEADER,
        description = "Needed only when the service is configured with newsflow.ingest.http.api-keys")
class OpenApiDescription {
}
