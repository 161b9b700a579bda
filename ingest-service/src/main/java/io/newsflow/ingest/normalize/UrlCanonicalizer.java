package io.newsflow.ingest.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The canonical form of an article URL, so that the same article reached through a newsletter, a
 * social network or a feed gets the same id: scheme and host lower case, default port dropped,
 * no fragment, no tracking parameters, an empty path written as "/".
 */
public final class UrlCanonicalizer {

    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
            "_ga", "_gl", "ocid", "cmpid", "at_medium", "at_campaign", "ns_mchannel", "ns_source",
            "ns_campaign", "ns_linkname", "ns_fee", "share", "ref_src", "smid", "ito");

    private UrlCanonicalizer() {
    }

    /** The canonical URL, or empty when the text is not an absolute http(s) URL. */
    public static Optional<String> canonicalize(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            int port = isDefaultPort(scheme, uri.getPort()) ? -1 : uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = withoutTracking(uri.getRawQuery());
            return Optional.of(scheme + "://" + host + (port == -1 ? "" : ":" + port) + path
                    + (query == null ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The host of an absolute URL, lower case, or empty. */
    public static Optional<String> host(String url) {
        return canonicalize(url).map(URI::create).map(URI::getHost);
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!parameter.isEmpty() && !name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(parameter);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }
}
