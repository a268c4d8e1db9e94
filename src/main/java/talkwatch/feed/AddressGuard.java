package talkwatch.feed;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.Dns;
import okhttp3.HttpUrl;

/**
 * The one guard on every address talkwatch is led to from outside: the redirects and article pages of a feed, and the
 * links users send. The operator's own feed URLs are trusted; the rest may reach:
 *
 * <ul>
 *   <li>from a feed, addresses as far inside the network as the feed's own ({@link NetworkReach}), on any port;
 *   <li>from a user, public addresses only, on ports 80 and 443;
 *   <li>from either, any address of the networks in {@code links.allowNetworks}, on any port;
 *   <li>never a link-local, multicast or other special address outside those networks.
 * </ul>
 *
 * <p>The address checked is the address connected to: a host name is looked up once, by the HTTP client's {@link Dns}
 * that this guard hands out ({@link #dns}), and the client connects only to the addresses it returned, after they
 * passed. A literal address in the URL is checked here before the request ({@link #checkLiteral}), since the client
 * connects to it without asking the {@code Dns}; numeric hosts in notations other than the dotted quad
 * ({@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}, {@code 127.1}), which resolvers read in different ways, are
 * refused outright. Thread-safe and immutable.
 */
final class AddressGuard {

    /** The ports a user's link may name, outside the allowed networks. */
    static final Set<Integer> WEB_PORTS = Set.of(80, 443);

    private static final Pattern NUMERIC_LABEL = Pattern.compile("0x[0-9a-f]*|[0-9]+");
    private static final Pattern DOTTED_QUAD_PART = Pattern.compile("0|[1-9][0-9]{0,2}");

    /**
     * How far in one request may go.
     *
     * @param upTo the furthest reach allowed outside the allowed networks (never {@link NetworkReach#FORBIDDEN})
     * @param anyPort whether ports other than 80 and 443 may be reached outside the allowed networks
     * @param from how the refusal names where the link came from: {@code ", reached from a public feed"}, or empty
     */
    record Limit(NetworkReach upTo, boolean anyPort, String from) {

        /** A link a user sent: the public internet, on the web's ports. */
        static final Limit USER_LINK = new Limit(NetworkReach.PUBLIC, false, "");

        /** What a feed at {@code origin}'s reach served. */
        static Limit fromFeed(NetworkReach origin) {
            NetworkReach upTo = origin == NetworkReach.FORBIDDEN ? NetworkReach.LOOPBACK : origin;
            return new Limit(upTo, true, ", reached from " + origin.description() + " feed");
        }
    }

    /**
     * A request refused for where it would lead; an {@link UnknownHostException} so that it leaves the HTTP client's
     * {@link Dns} as it was thrown.
     */
    static final class Refused extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        /** What was refused: "a loopback address", "port 8080 (only 80 and 443)" … */
        final String what;

        Refused(String what) {
            super(what);
            this.what = what;
        }
    }

    private final Resolver resolver;
    private final List<Network> allowed;

    AddressGuard(Resolver resolver, List<Network> allowed) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.allowed = List.copyOf(allowed);
    }

    /** Looks {@code host} up without any check: for the operator's own feed URLs. */
    Dns trusted() {
        return new TrustedDns(resolver);
    }

    /** The client's resolver for a request to {@code port} within {@code limit}: it answers only addresses that pass. */
    Dns dns(Limit limit, int port) {
        return new GuardedDns(this, limit, port);
    }

    /**
     * Refuses a host the client would connect to without a lookup (a literal address) when it lies beyond {@code limit},
     * and a numeric host in an unusual notation in any case. Names pass here: {@link #dns} checks them.
     */
    void checkLiteral(HttpUrl url, Limit limit) throws Refused {
        String host = url.host().toLowerCase(Locale.ROOT);
        if (host.contains(":")) {
            check(literal(host), url.port(), limit);
            return;
        }
        String[] labels = host.split("\\.", -1);
        boolean numeric = true;
        for (String label : labels) {
            numeric &= NUMERIC_LABEL.matcher(label).matches();
        }
        if (!numeric) {
            return;
        }
        boolean dottedQuad = labels.length == 4;
        for (String label : labels) {
            dottedQuad &= DOTTED_QUAD_PART.matcher(label).matches() && Integer.parseInt(label) <= 255;
        }
        if (!dottedQuad) {
            throw new Refused("an address in an unusual notation (write it as four numbers, 127.0.0.1)");
        }
        check(literal(host), url.port(), limit);
    }

    /** Whether {@code address} may be reached on {@code port} within {@code limit}: the reason it may not, or empty. */
    Optional<String> refusal(InetAddress address, int port, Limit limit) {
        if (allowed.stream().anyMatch(network -> network.contains(address))) {
            return Optional.empty();
        }
        NetworkReach reach = NetworkReach.of(address);
        if (reach == NetworkReach.FORBIDDEN || reach.ordinal() > limit.upTo().ordinal()) {
            return Optional.of(reach.description() + " address");
        }
        if (!limit.anyPort() && !WEB_PORTS.contains(port)) {
            return Optional.of("port " + port + " (only 80 and 443)");
        }
        return Optional.empty();
    }

    private void check(InetAddress address, int port, Limit limit) throws Refused {
        Optional<String> refusal = refusal(address, port, limit);
        if (refusal.isPresent()) {
            throw new Refused(refusal.get());
        }
    }

    private static InetAddress literal(String host) throws Refused {
        try {
            // a literal: parsed, never looked up
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new Refused("an address that is not valid");
        }
    }

    private record TrustedDns(Resolver resolver) implements Dns {
        @Override
        public List<InetAddress> lookup(String host) throws UnknownHostException {
            return resolver.resolve(host);
        }
    }

    /**
     * One lookup per connection; all the addresses must pass, or none is returned. A record, so that the client's
     * connection pool reuses a connection only for requests under the same rule.
     */
    private record GuardedDns(AddressGuard guard, Limit limit, int port) implements Dns {
        @Override
        public List<InetAddress> lookup(String host) throws UnknownHostException {
            List<InetAddress> addresses = guard.resolver.resolve(host);
            for (InetAddress address : addresses) {
                guard.check(address, port, limit);
            }
            return addresses;
        }
    }
}
