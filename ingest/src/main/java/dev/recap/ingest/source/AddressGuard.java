package dev.recap.ingest.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decides whether a URL may be fetched and where to connect: {@code http}/{@code https} with a host only;
 * the host is resolved once and, unless private addresses are allowed, every address must be public (not
 * loopback, private, link-local, multicast, unspecified, unique-local or carrier-grade NAT). The checked
 * addresses are returned so the caller connects to them and never resolves the name again (DNS rebinding).
 */
final class AddressGuard {

    /** Resolves a host name to its addresses; tests substitute their own. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;
    private final Function<InetAddress, String> nonPublic;

    AddressGuard(boolean allowPrivate, Resolver resolver) {
        this(allowPrivate, resolver, AddressGuard::nonPublicKind);
    }

    /** A guard refusing the addresses {@code nonPublic} names a kind for (tests narrow it to one address). */
    AddressGuard(boolean allowPrivate, Resolver resolver, Function<InetAddress, String> nonPublic) {
        this.allowPrivate = allowPrivate;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.nonPublic = Objects.requireNonNull(nonPublic, "nonPublic");
    }

    /** The addresses of {@code uri}'s host, each one checked; connect to these and to no others. */
    List<InetAddress> check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused " + Redaction.of(uri) + ": only http and https URLs are fetched", true);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException("refused " + Redaction.of(uri) + ": the URL has no host", true);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(unbracketed(host));
        } catch (UnknownHostException e) {
            throw new FetchException("cannot resolve the host of " + Redaction.of(uri), e);
        }
        if (addresses == null || addresses.length == 0) {
            throw new FetchException("cannot resolve the host of " + Redaction.of(uri) + ": no address", false);
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                String kind = nonPublic.apply(address);
                if (kind != null) {
                    throw new FetchException(
                            "refused " + Redaction.of(uri) + ": " + host + " resolves to " + address.getHostAddress()
                                    + ", a " + kind + " address (allow with --allow-private)",
                            true);
                }
            }
        }
        return List.of(addresses);
    }

    /** {@code host} without the brackets of an IPv6 literal. */
    static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
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
        if (address instanceof Inet4Address) {
            return nonPublicIpv4(bytes);
        }
        // an IPv6 address carrying an IPv4 one reaches that IPv4 host: NAT64 (64:ff9b::/96), 6to4 (2002::/16)
        // and the deprecated IPv4-compatible form (::a.b.c.d)
        byte[] embedded = embeddedIpv4(bytes);
        return embedded == null ? null : nonPublicIpv4(embedded) == null ? null : "IPv4 inside IPv6";
    }

    private static String nonPublicIpv4(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        if (first == 0) {
            return "this network";
        }
        if (first == 127) {
            return "loopback";
        }
        if (first == 10 || (first == 172 && (second & 0xF0) == 16) || (first == 192 && second == 168)) {
            return "private";
        }
        if (first == 169 && second == 254) {
            return "link-local";
        }
        if (first == 100 && (second & 0xC0) == 64) {
            return "carrier-grade NAT";
        }
        if (first == 192 && second == 0 && (b[2] & 0xFF) == 0) {
            return "protocol assignments";
        }
        if (first == 198 && (second & 0xFE) == 18) {
            return "benchmarking";
        }
        if (first >= 224) {
            return first < 240 ? "multicast" : "reserved";
        }
        return null;
    }

    private static byte[] embeddedIpv4(byte[] v6) {
        boolean nat64 = (v6[0] & 0xFF) == 0x00
                && (v6[1] & 0xFF) == 0x64
                && (v6[2] & 0xFF) == 0xFF
                && (v6[3] & 0xFF) == 0x9B
                && allZero(v6, 4, 12);
        boolean compatible = allZero(v6, 0, 12);
        if (nat64 || compatible) {
            return new byte[] {v6[12], v6[13], v6[14], v6[15]};
        }
        if ((v6[0] & 0xFF) == 0x20 && (v6[1] & 0xFF) == 0x02) {
            return new byte[] {v6[2], v6[3], v6[4], v6[5]};
        }
        return null;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
