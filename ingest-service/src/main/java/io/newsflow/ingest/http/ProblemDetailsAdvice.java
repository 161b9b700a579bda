package io.newsflow.ingest.http;

import io.newsflow.ingest.article.IngestMetrics;
import io.newsflow.ingest.article.Rejection;
import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.ingest.article.RejectionReason;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.io.EOFException;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Every error answer is an RFC 9457 problem (application/problem+json) with a {@code reason} code,
 * the same code a dead-lettered record carries in its header. Spring's own exceptions (unsupported
 * method, unreadable request, ...) are rendered by the base class and get a reason too.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final IngestMetrics metrics;

    ProblemDetailsAdvice(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    /** A request that holds no readable article: counted here, as no ingest batch saw it. */
    @ExceptionHandler(RejectedInputException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedInputException e) {
        metrics.rejected(IngestMetrics.Channel.HTTP, e.rejection());
        return respond(ProblemResponses.of(e.rejection()));
    }

    @ExceptionHandler(RejectedItemsException.class)
    ResponseEntity<ProblemDetail> allRejected(RejectedItemsException e) {
        List<ItemResult> items = e.items();
        ProblemDetail problem;
        if (items.size() == 1) {
            ItemResult only = items.getFirst();
            problem = ProblemResponses.of(new Rejection(RejectionReason.ofCode(only.reason()), only.detail()));
        } else {
            boolean sameStatus = items.stream().map(ItemResult::httpStatus).distinct().count() == 1;
            problem = ProblemResponses.of(HttpStatus.valueOf(sameStatus ? items.getFirst().httpStatus() : 422),
                    "batch-rejected", "No article of the batch was accepted", e.getMessage());
        }
        problem.setProperty("items", items);
        return respond(problem);
    }

    @ExceptionHandler({KafkaException.class, org.springframework.kafka.KafkaException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> kafkaUnavailable(RuntimeException e) {
        log.warn("Could not write to Kafka", e);
        ProblemDetail problem = ProblemResponses.of(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable", "Kafka is unavailable",
                "Kafka did not acknowledge the articles; nothing of this request was accepted, send it again");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    /** The body passed the size limit while it streamed in ({@link RequestBodyLimits}), or its gzip was broken. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof RequestBodyLimits.RequestTooLargeException tooLarge) {
            return rejectedBody(new Rejection(RejectionReason.TOO_LARGE, tooLarge.getMessage()));
        }
        if (cause instanceof ZipException || cause instanceof EOFException) {
            return rejectedBody(new Rejection(RejectionReason.UNREADABLE, "the gzip body is broken or cut off: " + cause.getMessage()));
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    /** Whatever else went wrong is still a problem, and says no more about the cause than its status. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure of a request", e);
        return respond(ProblemResponses.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemResponses.INTERNAL_ERROR, "Internal error",
                "the request could not be processed; nothing of it was accepted"));
    }

    private ResponseEntity<Object> rejectedBody(Rejection rejection) {
        metrics.rejected(IngestMetrics.Channel.HTTP, rejection);
        return ResponseEntity.status(rejection.reason().httpStatus()).body(ProblemResponses.of(rejection));
    }

    /** Spring's own problems (415, 405, 400, ...) get a reason code as well. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse response) {
            body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null || !problem.getProperties().containsKey("reason"))) {
            problem.setProperty("reason", switch (statusCode.value()) {
                case 400 -> RejectionReason.UNREADABLE.code();
                case 413 -> RejectionReason.TOO_LARGE.code();
                case 415 -> RejectionReason.UNSUPPORTED_TYPE.code();
                default -> "http-" + statusCode.value();
            });
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
