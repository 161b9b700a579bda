package io.newsflow.ingest.input;

import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.ingest.article.RejectionReason;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Locale;

/** The kinds of input the service reads, by media type. */
public enum InputFormat {
    JSON("application/json"),
    NDJSON("application/x-ndjson"),
    PLAIN_TEXT("text/plain"),
    HTML("text/html");

    /** Other names feeders use for the same formats. */
    private static final List<String> NDJSON_ALIASES = List.of("application/jsonl", "application/jsonlines", "application/ndjson");

    private final String mediaType;

    InputFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a content type; JSON when none is given; unsupported types are rejected (415). */
    public static InputFormat of(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return JSON;
        }
        MediaType type = parse(contentType);
        String essence = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (NDJSON_ALIASES.contains(essence)) {
            return NDJSON;
        }
        for (InputFormat format : values()) {
            if (format.mediaType.equals(essence) || format == JSON && essence.endsWith("+json")) {
                return format;
            }
        }
        if ("application/xhtml+xml".equals(essence)) {
            return HTML;
        }
        throw new RejectedInputException(RejectionReason.UNSUPPORTED_TYPE, "content type " + essence
                + " is not supported; send application/json, application/x-ndjson, text/html or text/plain");
    }

    static MediaType parse(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new RejectedInputException(RejectionReason.UNSUPPORTED_TYPE, "unreadable content type '" + contentType + "'");
        }
    }
}
