package io.newsflow.ingest.normalize;

import io.newsflow.contract.Source;

import java.util.Locale;

/**
 * The source of an article: the domain (lower case, without "www.") from what the feeder said or
 * from the article URL, and a display name (the feeder's, else the domain).
 */
public final class SourceResolver {

    private SourceResolver() {
    }

    /** Null when neither a usable source nor a URL is given. */
    public static Source resolve(Source given, String url) {
        String name = given == null ? null : TextNormalizer.blankToNull(given.name());
        String domain = given == null ? null : domainOf(given.domain());
        if (domain == null) {
            domain = UrlCanonicalizer.host(url).map(SourceResolver::withoutWww).orElse(null);
        }
        if (name == null && domain == null) {
            return null;
        }
        return new Source(name == null ? domain : name, domain);
    }

    private static String domainOf(String text) {
        String domain = TextNormalizer.blankToNull(text);
        if (domain == null) {
            return null;
        }
        if (domain.contains("://")) {
            return UrlCanonicalizer.host(domain).map(SourceResolver::withoutWww).orElse(null);
        }
        return withoutWww(domain.toLowerCase(Locale.ROOT).replaceAll("/.*$", ""));
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
