package talkwatch.feed;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A block of addresses in CIDR notation, {@code 10.20.0.0/16} or {@code fd00:1::/64}: a network the operator trusts
 * ({@code links.allowNetworks}), which links from outside may reach on any port. Immutable.
 *
 * @param address the network's first address (the bits past the prefix are zero)
 * @param prefix how many leading bits every address of the network shares
 */
public record Network(InetAddress address, int prefix) {

    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    public Network {
        Objects.requireNonNull(address, "address");
        int bits = address.getAddress().length * 8;
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix " + prefix + " is not between 0 and " + bits);
        }
        address = masked(address, prefix);
    }

    /**
     * Reads {@code 192.168.10.0/24}, {@code 127.0.0.1/32} or {@code fd00::/8}; a lone address is a network of one.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Network parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String literal = slash < 0 ? text : text.substring(0, slash);
        // only literal addresses: a host name here would be looked up, and could change
        if (!LITERAL.matcher(literal).matches()
                || (!literal.contains(":") && !literal.matches("(\\d{1,3}\\.){3}\\d{1,3}"))) {
            throw new IllegalArgumentException("not an IP address: " + literal);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + literal, e);
        }
        int bits = address.getAddress().length * 8;
        if (slash < 0) {
            return new Network(address, bits);
        }
        String length = text.substring(slash + 1);
        if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
            throw new IllegalArgumentException("the prefix length after / must be 0 to " + bits + ", got " + length);
        }
        return new Network(address, Integer.parseInt(length));
    }

    /** Whether {@code candidate} lies in this network (an IPv4 address never lies in an IPv6 network). */
    public boolean contains(InetAddress candidate) {
        return candidate.getAddress().length == address.getAddress().length
                && masked(candidate, prefix).equals(address);
    }

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + prefix;
    }

    private static InetAddress masked(InetAddress address, int prefix) {
        byte[] bytes = address.getAddress();
        for (int i = 0; i < bytes.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - 8 * i));
            bytes[i] &= (byte) (0xFF << (8 - keep));
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are an address", e);
        }
    }
}
