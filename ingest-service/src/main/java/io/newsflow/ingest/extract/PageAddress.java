package io.newsflow.ingest.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address an article goes under. A page's structured-data URL (JSON-LD {@code mainEntityOfPage} /
 * {@code url}) or canonical link ({@code <link rel=canonical>}, {@code og:url}) names it when it can be
 * believed: relative, protocol-relative ({@code //www...}) and scheme-less ({@code www.site/a}) ones are
 * resolved against the page's URL; one that is not an address ({@code "True"}) or points at the home
 * page or at a section above the page is not the article's address, nor is a structured-data URL on
 * another site. A canonical link to another site is believed: that is how syndicated copies name their
 * original. When nothing can be believed the page's own URL is used, so a page that lies does not give
 * two different articles one id.
 */
final class PageAddress {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern SCHEMELESS_HOST = Pattern.compile("^[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+(?::\\d+)?(?:/.*)?$");

    private PageAddress() {
    }

    /** The first believable address of the structured data, then of the canonical link, else the page's URL (null when none). */
    static String choose(String pageUrl, String structuredDataUrl, String canonicalLink) {
        URI page = parse(pageUrl).filter(PageAddress::isWeb).orElse(null);
        Optional<URI> data = resolve(structuredDataUrl, page);
        if (data.isPresent() && believable(data.get(), page) && (page == null || sameSite(data.get().getHost(), page.getHost()))) {
            return data.get().toString();
        }
        Optional<URI> link = resolve(canonicalLink, page);
        if (link.isPresent() && believable(link.get(), page)) {
            return link.get().toString();
        }
        return pageUrl == null || pageUrl.isBlank() ? null : pageUrl;
    }

    static Optional<URI> resolve(String claim, URI page) {
        if (claim == null || claim.isBlank()) {
            return Optional.empty();
        }
        String text = claim.strip();
        if (text.startsWith("//")) {
            text = (page != null ? page.getScheme() : "https") + ":" + text;
        } else if (!SCHEME.matcher(text).find() && SCHEMELESS_HOST.matcher(text).matches() && !text.startsWith(".")) {
            text = "https://" + text;
        } else if (!SCHEME.matcher(text).find()) {
            // A path: only one that looks like a path, so that a stray word ("True") never becomes an address.
            if (page == null || !(text.startsWith("/") || text.startsWith("./") || text.startsWith("../"))) {
                return Optional.empty();
            }
            return parse(text).map(page::resolve).filter(PageAddress::isWeb);
        }
        return parse(text).filter(PageAddress::isWeb);
    }

    /** Not the home page, nor a section above the page on its own site. */
    private static boolean believable(URI claimed, URI page) {
        if (isHomePage(claimed)) {
            return false;
        }
        if (page == null || !sameSite(claimed.getHost(), page.getHost())) {
            return true;
        }
        String[] claimedPath = segments(claimed);
        String[] pagePath = segments(page);
        // A section above the page: its path is a proper prefix of the page's.
        return !(claimedPath.length < pagePath.length && Arrays.equals(claimedPath, Arrays.copyOf(pagePath, claimedPath.length))
                && claimed.getQuery() == null);
    }

    private static boolean isHomePage(URI uri) {
        return segments(uri).length == 0 && (uri.getQuery() == null || uri.getQuery().isBlank());
    }

    private static String[] segments(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static boolean sameSite(String a, String b) {
        String x = bare(a);
        String y = bare(b);
        return x.equals(y) || x.endsWith("." + y) || y.endsWith("." + x);
    }

    private static String bare(String host) {
        return host.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d*|m|amp|mobile)\\.", "");
    }

    private static boolean isWeb(URI uri) {
        return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                && uri.getHost() != null && !uri.getHost().isBlank();
    }

    private static Optional<URI> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(text.strip().replace(" ", "%20")));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
