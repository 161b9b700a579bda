package io.newsflow.ingest.http;

import io.newsflow.ingest.article.Rejection;
import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.ingest.article.RejectionReason;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;

/**
 * Every error answer is an RFC 9457 problem (application/problem+json). Spring's own exceptions
 * (unsupported media type, unreadable body, ...) are rendered by the base class; ours carry a
 * {@code reason} code, the same one dead-lettered records carry in their header.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static ProblemDetail problem(Rejection rejection) {
        RejectionReason reason = rejection.reason();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(reason.httpStatus()), rejection.detail());
        problem.setType(typeOf(reason.code()));
        problem.setTitle(reason.title());
        problem.setProperty("reason", reason.code());
        return problem;
    }

    static URI typeOf(String code) {
        return URI.create("urn:newsflow:problem:" + code);
    }

    @ExceptionHandler(RejectedInputException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedInputException e) {
        return respond(problem(e.rejection()));
    }

    @ExceptionHandler(RejectedItemsException.class)
    ResponseEntity<ProblemDetail> allRejected(RejectedItemsException e) {
        List<ItemResult> items = e.items();
        ProblemDetail problem;
        if (items.size() == 1) {
            ItemResult only = items.getFirst();
            problem = problem(new Rejection(RejectionReason.ofCode(only.reason()), only.detail()));
        } else {
            int status = items.stream().map(ItemResult::httpStatus).distinct().count() == 1 ? items.getFirst().httpStatus() : 422;
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), e.getMessage());
            problem.setType(typeOf("batch-rejected"));
            problem.setTitle("No article of the batch was accepted");
            problem.setProperty("reason", "batch-rejected");
        }
        problem.setProperty("items", items);
        return respond(problem);
    }

    @ExceptionHandler({KafkaException.class, org.springframework.kafka.KafkaException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> kafkaUnavailable(RuntimeException e) {
        log.warn("Could not write to Kafka", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Kafka did not acknowledge the articles; nothing of this request was accepted, send it again");
        problem.setType(typeOf("kafka-unavailable"));
        problem.setTitle("Kafka is unavailable");
        problem.setProperty("reason", "kafka-unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
