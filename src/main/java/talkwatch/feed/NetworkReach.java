package talkwatch.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * How far inside the network an address lies. What does not come from the operator (a feed's redirects and article
 * pages, a link a user sends) may only lead as far in as {@link AddressGuard} allows: a public feed not to a private
 * address (an admin page on the LAN, a database), a user's link only to public addresses, and nothing to link-local
 * addresses such as a cloud's metadata service ({@code 169.254.169.254}).
 *
 * <p>An IPv6 address that carries an IPv4 address (IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96},
 * 6to4 {@code 2002::/16}) lies where the IPv4 address does; IPv4-mapped addresses ({@code ::ffff:a.b.c.d}) are IPv4
 * addresses to the JDK already.
 */
enum NetworkReach {
    PUBLIC,
    PRIVATE,
    LOOPBACK,
    /** Link-local, multicast, unspecified, "this network" (0/8), reserved (240/4), Teredo: never reached from outside. */
    FORBIDDEN;

    static NetworkReach of(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            if (isTeredo(bytes)) {
                return FORBIDDEN;
            }
            byte[] embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                return of(ipv4(embedded));
            }
        }
        if (address.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return FORBIDDEN;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4 && ((bytes[0] & 0xFF) == 0 || (bytes[0] & 0xF0) == 0xF0)) {
            return FORBIDDEN; // 0.0.0.0/8 ("this network": Linux connects 0.x to itself) and 240.0.0.0/4 with broadcast
        }
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC; // fc00::/7
        boolean sharedCarrier = bytes.length == 4 && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64; // 100.64/10
        return address.isSiteLocalAddress() || uniqueLocal || sharedCarrier ? PRIVATE : PUBLIC;
    }

    /** The reach of a host: the furthest in of its addresses. */
    static NetworkReach of(String host) throws UnknownHostException {
        return furthest(Arrays.asList(InetAddress.getAllByName(host)));
    }

    static NetworkReach furthest(Iterable<InetAddress> addresses) {
        NetworkReach reach = PUBLIC;
        for (InetAddress address : addresses) {
            NetworkReach one = of(address);
            reach = one.ordinal() > reach.ordinal() ? one : reach;
        }
        return reach;
    }

    /** "a public", "a loopback" …: the words before "address" or "feed" in a refusal. */
    String description() {
        return switch (this) {
            case PUBLIC -> "a public";
            case PRIVATE -> "a private-network";
            case LOOPBACK -> "a loopback";
            case FORBIDDEN -> "a link-local or special";
        };
    }

    /** The IPv4 address inside an IPv6 one that carries it, or null. */
    private static byte[] embeddedIpv4(byte[] v6) {
        boolean zeros96 = true;
        for (int i = 0; i < 12; i++) {
            zeros96 &= v6[i] == 0;
        }
        boolean unspecifiedOrLoopback = zeros96 && v6[12] == 0 && v6[13] == 0 && v6[14] == 0 && (v6[15] & 0xFE) == 0;
        if (zeros96 && !unspecifiedOrLoopback) {
            return Arrays.copyOfRange(
                    v6, 12, 16); // IPv4-compatible ::a.b.c.d (deprecated, still routed by some stacks)
        }
        boolean nat64 = v6[0] == 0 && v6[1] == 0x64 && (v6[2] & 0xFF) == 0xFF && (v6[3] & 0xFF) == 0x9B;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = v6[i] == 0;
        }
        if (nat64) {
            return Arrays.copyOfRange(v6, 12, 16); // 64:ff9b::/96
        }
        if (v6[0] == 0x20 && v6[1] == 0x02) {
            return Arrays.copyOfRange(v6, 2, 6); // 6to4, 2002:aabb:ccdd::/48
        }
        return null;
    }

    /** 2001:0::/32, whose client address is hidden in the bits. */
    private static boolean isTeredo(byte[] v6) {
        return v6[0] == 0x20 && v6[1] == 0x01 && v6[2] == 0 && v6[3] == 0;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return Inet4Address.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
