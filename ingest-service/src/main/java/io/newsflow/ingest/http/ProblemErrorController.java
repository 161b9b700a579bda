package io.newsflow.ingest.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page the container forwards to when something fails outside Spring MVC's exception
 * handling (a filter's exception, {@code sendError}): a problem instead of Boot's own JSON, so that
 * every error answer of the service has the same form.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String reason = status == HttpStatus.INTERNAL_SERVER_ERROR ? ProblemResponses.INTERNAL_ERROR : "http-" + status.value();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemResponses.of(status, reason, status.getReasonPhrase(),
                        status.is5xxServerError() ? "the request could not be processed; nothing of it was accepted" : status.getReasonPhrase()));
    }
}
