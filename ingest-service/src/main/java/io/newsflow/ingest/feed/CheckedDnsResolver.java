package io.newsflow.ingest.feed;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Resolves a host name and refuses it when any of its addresses is one the policy forbids. The HTTP
 * client connects to exactly the addresses returned here, so a name that resolves to a public address
 * when checked and to 127.0.0.1 a moment later (DNS rebinding) cannot slip through between check and use.
 */
final class CheckedDnsResolver implements DnsResolver {

    private final HostPolicy policy;

    CheckedDnsResolver(HostPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
        for (InetAddress address : addresses) {
            Optional<String> refusal = policy.refusal(address);
            if (refusal.isPresent()) {
                throw new RefusedAddressException(host + " resolves to a " + refusal.get() + ", which feeds may not reach");
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
    }

    /** An UnknownHostException, so the client treats the host as unreachable and does not try another way. */
    static final class RefusedAddressException extends UnknownHostException {
        RefusedAddressException(String message) {
            super(message);
        }
    }
}
