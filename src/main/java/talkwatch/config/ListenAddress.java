package talkwatch.config;

import java.net.InetSocketAddress;

/**
 * Where a server of this instance listens ({@code telegram.webhook.listen}, {@code metrics.listen}): a host name or IP
 * address (IPv6 in brackets) and a port.
 */
public record ListenAddress(String host, int port) {

    /** The address to bind; a host name is looked up now. */
    public InetSocketAddress socketAddress() {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return new InetSocketAddress(bare, port);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
