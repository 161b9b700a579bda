package io.newsflow.ingest.http;

import io.newsflow.ingest.article.Rejection;
import io.newsflow.ingest.article.RejectionReason;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;

/** RFC 9457 problem details of the ingest API: a {@code type} URN and a {@code reason} code per kind of failure. */
final class ProblemResponses {

    /** Reason code of an answer to a failure of the service itself, not of the input. */
    static final String INTERNAL_ERROR = "internal-error";

    private ProblemResponses() {
    }

    static ProblemDetail of(Rejection rejection) {
        RejectionReason reason = rejection.reason();
        return of(HttpStatus.valueOf(reason.httpStatus()), reason.code(), reason.title(), rejection.detail());
    }

    static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:newsflow:problem:" + code));
        problem.setTitle(title);
        problem.setProperty("reason", code);
        return problem;
    }

    /**
     * For filters, which answer before Spring MVC's exception handling is reached. Takes Boot's mapper:
     * it knows how to write a ProblemDetail's extra properties as top-level members.
     */
    static void write(JsonMapper json, HttpServletResponse response, String instance, ProblemDetail problem) throws IOException {
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
