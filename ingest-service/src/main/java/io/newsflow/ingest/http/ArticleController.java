package io.newsflow.ingest.http;

import io.newsflow.contract.InboundArticle;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.ingest.article.RejectionReason;
import io.newsflow.ingest.input.ArticleInputReader;
import io.newsflow.ingest.input.InboundItem;
import io.newsflow.ingest.input.InputHints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /api/v1/articles}: feeders hand in articles as JSON (one or an array), NDJSON, a
 * whole HTML page or plain text; 202 once Kafka has every accepted one.
 */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {

    private final ArticleInputReader reader;
    private final ArticleSubmission submission;
    private final String fallbackSourceName;

    ArticleController(ArticleInputReader reader, ArticleSubmission submission, IngestProperties properties) {
        this.reader = reader;
        this.submission = submission;
        this.fallbackSourceName = properties.http().fallbackSource();
    }

    @Operation(summary = "Submit articles",
            description = "One article (JSON object), several (JSON array or NDJSON), a whole page (text/html, the article is "
                    + "extracted) or a plain text (first non-empty line is the title). 202 once Kafka committed every accepted "
                    + "article; per-item results in the body. Errors are RFC 9457 problem details with a `reason` code.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = InboundArticle.class,
                    description = "an article object, or an array of them"),
                    examples = @ExampleObject(value = """
                            {"url": "https://www.example.com/news/harbour-reopens", "title": "Harbour reopens",
                             "body": "The harbour reopened on Friday.", "authors": ["Jane Roe"], "publishedAt": "2026-11-27T08:00:00Z"}""")),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", description = "one article object per line")),
            @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string", description = "a whole article page")),
            @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string", description = "title line, then the body"))})
    @ApiResponse(responseCode = "202", description = "accepted (some items may be reported as rejected or duplicate)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = IngestResponse.class)))
    @ApiResponse(responseCode = "400", description = "unreadable body (reason unreadable, invalid-field)", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "API keys are configured and none valid was sent (reason unauthorized)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "body larger than the limit (reason too-large)", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "unsupported content type (reason unsupported-type)", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "no article could be accepted: missing title/body/source, invalid URL; "
            + "property `items` lists each item's reason", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Kafka did not acknowledge; nothing was accepted (reason kafka-unavailable)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestResponse> post(
            @RequestBody(required = false) byte[] body,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @Parameter(description = "URL of the page or text, where the body cannot carry it")
            @RequestParam(name = "url", required = false) String urlParameter,
            @Parameter(description = "source name of the page or text, where the body cannot carry it")
            @RequestParam(name = "source", required = false) String sourceParameter,
            @Parameter(description = "same as query parameter url") @RequestHeader(name = NewsHeaders.URL, required = false) String urlHeader,
            @Parameter(description = "same as query parameter source") @RequestHeader(name = NewsHeaders.SOURCE, required = false) String sourceHeader) {
        InputHints hints = new InputHints(firstOf(urlParameter, urlHeader), firstOf(sourceParameter, sourceHeader), fallbackSourceName);
        return answer(reader.read(body, contentType, hints));
    }

    private ResponseEntity<IngestResponse> answer(List<InboundItem> items) {
        if (items.isEmpty()) {
            throw new RejectedInputException(RejectionReason.UNREADABLE, "the request holds no article");
        }
        List<ItemResult> results = submission.submit(items);
        if (results.stream().allMatch(ItemResult::isRejected)) {
            throw new RejectedItemsException(results);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(IngestResponse.of(results));
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
