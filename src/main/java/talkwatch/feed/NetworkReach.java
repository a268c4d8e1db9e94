package talkwatch.feed;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * How far inside the network an address lies, so that what a feed's content points at cannot reach further in than
 * the feed the operator configured. Redirects and article pages ({@code fullText}) come from the feed's publisher,
 * not from the operator: a public feed must not lead talkwatch to a private address (an admin page on the LAN, a
 * database), and nothing it serves may lead to link-local addresses such as a cloud's metadata service
 * ({@code 169.254.169.254}). A feed the operator configured on a private or loopback address may lead to addresses
 * as far in as its own.
 *
 * <p>Host names are resolved here, before the request, and again by the HTTP client when it connects. Both go
 * through the JVM's address cache (30 s by default), so the client connects to an address checked here unless the
 * cache entry expires between the two, a window of milliseconds: a name that changes its address just then (DNS
 * rebinding) is not caught. Closing it needs the client to connect to the checked address itself, which
 * {@code java.net.http} on Java 17 cannot do for https (no resolver hook; the name is needed for TLS).
 */
enum NetworkReach {
    PUBLIC,
    PRIVATE,
    LOOPBACK,
    /** Link-local, multicast or the unspecified address: never followed from a feed's content. */
    FORBIDDEN;

    static NetworkReach of(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return LOOPBACK;
        }
        if (address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return FORBIDDEN;
        }
        byte[] bytes = address.getAddress();
        boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC; // fc00::/7
        boolean sharedCarrier = bytes.length == 4 && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64; // 100.64/10
        return address.isSiteLocalAddress() || uniqueLocal || sharedCarrier ? PRIVATE : PUBLIC;
    }

    /** The reach of a host: the furthest in of its addresses. */
    static NetworkReach of(String host) throws UnknownHostException {
        NetworkReach reach = PUBLIC;
        for (InetAddress address : InetAddress.getAllByName(host)) {
            NetworkReach one = of(address);
            reach = one.ordinal() > reach.ordinal() ? one : reach;
        }
        return reach;
    }

    /**
     * Refuses {@code target}, an address taken from what {@code feed} served (a redirect or an article link), when it
     * lies further in than the feed's configured address {@code origin}, or is link-local. A host that does not
     * resolve is let through: the request then fails as "unknown host".
     */
    static void check(Feed feed, URI origin, URI target) throws FeedException {
        NetworkReach from;
        NetworkReach to;
        try {
            to = of(target.getHost());
            from = of(origin.getHost());
        } catch (UnknownHostException e) {
            return;
        }
        if (to == FORBIDDEN || to.ordinal() > from.ordinal()) {
            throw new FeedException(
                    FeedException.Problem.PRIVATE_ADDRESS,
                    feed,
                    "refused to follow " + target + ": " + to.description() + " address, reached from "
                            + from.description() + " feed");
        }
    }

    private String description() {
        return switch (this) {
            case PUBLIC -> "a public";
            case PRIVATE -> "a private-network";
            case LOOPBACK -> "a loopback";
            case FORBIDDEN -> "a link-local or special";
        };
    }
}
