package io.newsflow.ingest.http;

import io.newsflow.contract.NewsHeaders;
import io.newsflow.ingest.IngestProperties;
import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.ingest.article.RejectionReason;
import io.newsflow.ingest.input.ArticleInputReader;
import io.newsflow.ingest.input.InboundItem;
import io.newsflow.ingest.input.InputHints;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IngestResponse> post(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            @RequestParam(name = "url", required = false) String urlParameter,
            @RequestParam(name = "source", required = false) String sourceParameter,
            @RequestHeader(name = NewsHeaders.URL, required = false) String urlHeader,
            @RequestHeader(name = NewsHeaders.SOURCE, required = false) String sourceHeader) {
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
