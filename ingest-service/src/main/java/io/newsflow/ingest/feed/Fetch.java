package io.newsflow.ingest.feed;

/** The outcome of one fetch. */
sealed interface Fetch {

    /** 200: the body and the validators for the next conditional request. */
    record Fetched(byte[] body, String contentType, String url, String etag, String lastModified) implements Fetch {
    }

    /** 304: nothing changed since the validators sent. */
    record NotModified() implements Fetch {
    }

    /** Anything else: status, timeout, too large, a host not allowed, too many redirects. */
    record Failed(String reason) implements Fetch {
    }
}
