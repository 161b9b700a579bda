package io.newsflow.ingest.input;

/**
 * What the transport says about an input that the input itself may not carry: the page URL and
 * the source name (HTTP query parameters or headers, Kafka record headers), and the source name to
 * use for a page or text that names no source at all. Any of them may be null.
 */
public record InputHints(String url, String sourceName, String fallbackSourceName) {

    public static final InputHints NONE = new InputHints(null, null, null);

    /** The source name of a text or page: the given one, else the fallback unless a URL names the site. */
    String sourceNameOr(String fromContent, String url) {
        if (sourceName != null) {
            return sourceName;
        }
        if (fromContent != null) {
            return fromContent;
        }
        return url == null ? fallbackSourceName : null;
    }
}
