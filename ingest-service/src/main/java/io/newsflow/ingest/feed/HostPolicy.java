package io.newsflow.ingest.feed;

import io.newsflow.ingest.normalize.UrlCanonicalizer;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the service may fetch from, so that a feed cannot turn it against its own network (SSRF): the
 * hosts of the configured feeds plus any listed explicitly, on the allowed ports (80 and 443 unless
 * configured; a configured feed's own port on its own host), and only at public addresses unless
 * loopback or private networks are explicitly allowed. Names are checked by
 * {@link #refusal(InetAddress)} on the very addresses the connection then uses ({@link CheckedDnsResolver}).
 */
final class HostPolicy {

    private final Set<String> hosts = new HashSet<>();
    private final Set<Integer> ports = new HashSet<>();
    private final Set<String> feedOrigins = new HashSet<>();
    private final boolean allowLoopback;
    private final boolean allowPrivateNetworks;

    HostPolicy(FeedProperties properties) {
        properties.sources().forEach(source -> UrlCanonicalizer.host(source.url()).ifPresent(host -> {
            hosts.add(host);
            feedOrigins.add(origin(host, URI.create(source.url().strip())));
        }));
        properties.allowedHosts().forEach(host -> hosts.add(host.strip().toLowerCase(Locale.ROOT)));
        ports.addAll(properties.allowedPorts());
        allowLoopback = properties.allowLoopback();
        allowPrivateNetworks = properties.allowPrivateNetworks();
    }

    /** Why this URL may not be fetched, or empty when it may. */
    Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Optional.of("not an http(s) URL: " + uri);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!hosts.contains(host)) {
            return Optional.of("host not allowed: " + host);
        }
        if (!ports.contains(portOf(uri)) && !feedOrigins.contains(origin(host, uri))) {
            return Optional.of("port not allowed: " + host + ":" + portOf(uri));
        }
        return Optional.empty();
    }

    /** Why a connection to this address is refused, or empty when it is allowed. */
    Optional<String> refusal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || isThisNetwork(address)) {
            return allowLoopback ? Optional.empty() : Optional.of("loopback address " + address.getHostAddress());
        }
        if (address.isSiteLocalAddress() || address.isLinkLocalAddress() || isUniqueLocal(address) || isSharedAddressSpace(address)) {
            return allowPrivateNetworks ? Optional.empty() : Optional.of("private address " + address.getHostAddress());
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast address " + address.getHostAddress());
        }
        return Optional.empty();
    }

    private static String origin(String host, URI uri) {
        return host + ":" + portOf(uri);
    }

    private static int portOf(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** 0.0.0.0/8: connecting there reaches this host. */
    private static boolean isThisNetwork(InetAddress address) {
        return address instanceof Inet4Address && address.getAddress()[0] == 0;
    }

    /** fc00::/7 (RFC 4193); Java's isSiteLocalAddress covers only the deprecated fec0::/10. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, carrier-grade NAT (RFC 6598): internal to a provider's network. */
    private static boolean isSharedAddressSpace(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }
}
