package talkwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NetworkReachTest {

    @Test
    void ranksAddressesFromPublicToForbidden() throws Exception {
        assertThat(reach("8.8.8.8")).isEqualTo(NetworkReach.PUBLIC);
        assertThat(reach("2001:4860:4860::8888")).isEqualTo(NetworkReach.PUBLIC);
        assertThat(reach("10.0.0.1")).isEqualTo(NetworkReach.PRIVATE);
        assertThat(reach("172.16.5.4")).isEqualTo(NetworkReach.PRIVATE);
        assertThat(reach("192.168.1.1")).isEqualTo(NetworkReach.PRIVATE);
        assertThat(reach("100.64.0.1")).isEqualTo(NetworkReach.PRIVATE);
        assertThat(reach("fd12:3456::1")).isEqualTo(NetworkReach.PRIVATE);
        assertThat(reach("127.0.0.1")).isEqualTo(NetworkReach.LOOPBACK);
        assertThat(reach("127.0.0.9")).isEqualTo(NetworkReach.LOOPBACK);
        assertThat(reach("::1")).isEqualTo(NetworkReach.LOOPBACK);
        assertThat(reach("169.254.169.254")).isEqualTo(NetworkReach.FORBIDDEN);
        assertThat(reach("fe80::1")).isEqualTo(NetworkReach.FORBIDDEN);
        assertThat(reach("0.0.0.0")).isEqualTo(NetworkReach.FORBIDDEN);
        assertThat(reach("224.0.0.1")).isEqualTo(NetworkReach.FORBIDDEN);
    }

    @Test
    void aPublicFeedCannotLeadIntoThePrivateNetwork() {
        Feed feed = new Feed("news", "أخبار", URI.create("http://93.184.216.34/feed.xml"), true);
        FeedReader reader = new FeedReader(FeedReader.Options.defaults());

        for (String link : new String[] {"http://192.168.1.10/admin", "http://127.0.0.1:8080/", "http://[::1]/"}) {
            Article article = new Article("news", "g", link, "عنوان", "محادثات أستانا…", Instant.EPOCH);
            long start = System.nanoTime();
            assertThatThrownBy(() -> reader.withFullText(feed, article))
                    .isInstanceOfSatisfying(FeedException.class, e -> {
                        assertThat(e.problem()).isEqualTo(FeedException.Problem.PRIVATE_ADDRESS);
                        assertThat(e.reason())
                                .startsWith("refused to follow " + link + ": a ")
                                .endsWith(" reached from a public feed");
                    });
            // refused before any connection is tried
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        }
    }

    private static NetworkReach reach(String literal) throws Exception {
        return NetworkReach.of(InetAddress.getByName(literal));
    }
}
