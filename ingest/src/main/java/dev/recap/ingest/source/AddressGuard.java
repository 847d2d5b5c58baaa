package dev.recap.ingest.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides whether a URL may be fetched: {@code http}/{@code https} with a host only, and, unless private
 * addresses are allowed, every address the host resolves to must be public (not loopback, private,
 * link-local, multicast, unspecified, unique-local or carrier-grade NAT).
 */
final class AddressGuard {

    /** Resolves a host name to its addresses; tests substitute their own. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused " + Redaction.of(uri) + ": only http and https URLs are fetched", true);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException("refused " + Redaction.of(uri) + ": the URL has no host", true);
        }
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new FetchException("cannot resolve the host of " + Redaction.of(uri), e);
        }
        for (InetAddress address : addresses) {
            String kind = nonPublicKind(address);
            if (kind != null) {
                throw new FetchException(
                        "refused " + Redaction.of(uri) + ": " + host + " resolves to " + address.getHostAddress()
                                + ", a " + kind + " address (allow with --allow-private)",
                        true);
            }
        }
    }

    /** What kind of non-public address {@code address} is, or {@code null} when it is public. */
    static String nonPublicKind(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "private";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && (bytes[0] & 0xFE) == 0xFC) {
            return "unique-local";
        }
        if (address instanceof Inet4Address && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64) {
            return "carrier-grade NAT";
        }
        if (address instanceof Inet4Address && (bytes[0] & 0xFF) == 255 && (bytes[3] & 0xFF) == 255) {
            return "broadcast";
        }
        return null;
    }
}
