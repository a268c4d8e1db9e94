package talkwatch.feed;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Looks a host name up. {@link AddressGuard} asks it once per connection and the connection goes to an address it
 * answered, so a name that answers one address to a check and another to the connection (DNS rebinding) gains
 * nothing. Tests give one that answers differently on the second lookup.
 */
@FunctionalInterface
interface Resolver {

    /** The JVM's resolver (the system's, through the JVM's address cache). */
    Resolver SYSTEM = host -> Arrays.asList(InetAddress.getAllByName(host));

    /** The addresses of {@code host}; never empty. */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
