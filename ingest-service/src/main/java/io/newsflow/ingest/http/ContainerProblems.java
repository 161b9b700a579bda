package io.newsflow.ingest.http;

import io.newsflow.ingest.article.RejectionReason;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Answers Tomcat gives on its own, before any servlet sees the request (a path with an invalid or
 * forbidden encoding such as {@code %2F} or {@code %zz}), are RFC 9457 problems like every other error
 * answer, instead of Tomcat's HTML error page.
 */
@Configuration(proxyBeanMethods = false)
class ContainerProblems {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, written as a problem; Tomcat creates it by class name. */
    public static class ProblemErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known != null ? known.getReasonPhrase() : "Error";
            String reason = status == 400 ? RejectionReason.INVALID_PATH.code() : "http-" + status;
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    // Nothing from the request is echoed: the values are fixed strings and the status.
                    writer.write("{\"type\":\"urn:newsflow:problem:" + reason + "\",\"title\":\"" + title + "\",\"status\":" + status
                            + ",\"detail\":\"the server refused the request before reading it (for example an invalid or forbidden"
                            + " percent-encoding in the path)\",\"reason\":\"" + reason + "\"}");
                    writer.flush();
                }
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the response committed; nothing more can be said to the client.
            }
        }
    }
}
