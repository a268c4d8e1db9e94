package talkwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class NetworkTest {

    @Test
    void holdsTheAddressesThatShareItsPrefix() throws Exception {
        Network office = Network.parse("10.20.0.0/16");

        assertThat(office.contains(InetAddress.getByName("10.20.255.7"))).isTrue();
        assertThat(office.contains(InetAddress.getByName("10.21.0.1"))).isFalse();
        assertThat(office.contains(InetAddress.getByName("::ffff:10.20.0.9"))).isTrue(); // mapped: an IPv4 address
        assertThat(office.contains(InetAddress.getByName("fd00::1"))).isFalse();
        assertThat(Network.parse("fd00:1::/64").contains(InetAddress.getByName("fd00:1::abcd")))
                .isTrue();
        assertThat(Network.parse("fd00:1::/64").contains(InetAddress.getByName("fd00:2::1")))
                .isFalse();
        assertThat(Network.parse("127.0.0.2").contains(InetAddress.getByName("127.0.0.2")))
                .isTrue();
        assertThat(Network.parse("127.0.0.2").contains(InetAddress.getByName("127.0.0.1")))
                .isFalse();
    }

    @Test
    void keepsOnlyThePrefixOfTheAddressWritten() {
        assertThat(Network.parse("192.168.7.9/24")).hasToString("192.168.7.0/24");
        assertThat(Network.parse(" 0.0.0.0/0 ")).hasToString("0.0.0.0/0");
    }

    @Test
    void refusesNamesOddNotationsAndBadPrefixes() {
        assertThatThrownBy(() -> Network.parse("intranet.local/24")).hasMessage("not an IP address: intranet.local");
        assertThatThrownBy(() -> Network.parse("2130706433/32")).hasMessage("not an IP address: 2130706433");
        assertThatThrownBy(() -> Network.parse("10.0.0.0/33"))
                .hasMessage("the prefix length after / must be 0 to 32, got 33");
        assertThatThrownBy(() -> Network.parse("fd00::/"))
                .hasMessage("the prefix length after / must be 0 to 128, got ");
    }
}
