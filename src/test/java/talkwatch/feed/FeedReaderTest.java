package talkwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private final LoopbackServer server = new LoopbackServer();
    private final FeedReader reader = new FeedReader(new FeedReader.Options(
            Duration.ofSeconds(2),
            Duration.ofMillis(1500),
            256 * 1024,
            "talkwatch/0.1 (+https://github.com/talkwatch)"));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsRssItemsWithArabicTitles() throws Exception {
        server.serve("/feed-ar.xml", SharedFeeds.bytes("syrianpulse_feed-ar.xml"), "application/rss+xml");

        FetchResult result = reader.read(server.feed("/feed-ar.xml"), FeedState.none());

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        List<Article> articles = ((FetchResult.Fetched) result).articles();
        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).title()).startsWith("أسبوع أكثر قسوة: تراجع المزاج العام مع تصعيد إسرائيلي");
    }
}
