package io.newsflow.ingest.feed;

import io.newsflow.ingest.normalize.UrlCanonicalizer;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The hosts the service may fetch from: those of the configured feeds, plus any listed explicitly. */
final class HostPolicy {

    private final Set<String> hosts = new HashSet<>();

    HostPolicy(FeedProperties properties) {
        properties.sources().forEach(source -> UrlCanonicalizer.host(source.url()).ifPresent(hosts::add));
        properties.allowedHosts().forEach(host -> hosts.add(host.strip().toLowerCase(Locale.ROOT)));
    }

    boolean allows(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }
}
