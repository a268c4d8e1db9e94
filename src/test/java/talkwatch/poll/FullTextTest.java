package talkwatch.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Stores;
import talkwatch.feed.Feed;
import talkwatch.feed.FeedReader;
import talkwatch.store.StoredArticle;
import talkwatch.testing.FaultServer;

/** Feeds with {@code fullText: true}: a new item's page is fetched and its main text summarized. */
class FullTextTest {
    private static final String PAGE = "<html><body><nav><a href=/>الرئيسية</a></nav><article>"
            + "<p>انطلقت اليوم في أستانا الجولة الجديدة من المحادثات السورية، بحضور وفود الدول الضامنة الثلاث.</p>"
            + "<p>وبحثت الوفود في اليوم الأول من المحادثات ملف المعتقلين، وتثبيت وقف إطلاق النار في إدلب.</p>"
            + "<p>ومن المقرر أن تختتم الجولة غداً ببيان مشترك يحدد موعد الجولة المقبلة من محادثات أستانا.</p>"
            + "</article><footer><p>جميع الحقوق محفوظة</p></footer></body></html>";

    @TempDir
    Path dir;

    private final FaultServer server = new FaultServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void summarizesThePageInsteadOfTheTeaser() {
        Stores stores = serveAndPoll("/page", true);

        assertThat(stores.articles().latest(Optional.empty(), 5))
                .singleElement()
                .extracting(StoredArticle::summary)
                .satisfies(summary -> assertThat(String.join(" ", summary)).contains("ملف المعتقلين"));
    }

    @Test
    void keepsTheTeaserWhenThePageFails() {
        server.serve("/gone", 404, new byte[0], null);

        Stores stores = serveAndPoll("/gone", true);

        assertThat(stores.articles().latest(Optional.empty(), 5))
                .singleElement()
                .extracting(StoredArticle::summary)
                .isEqualTo(List.of("محادثات أستانا تنطلق اليوم…"));
    }

    @Test
    void fetchesNoPageUnlessAsked() {
        Stores stores = serveAndPoll("/page", false);

        assertThat(stores.articles().latest(Optional.empty(), 5))
                .singleElement()
                .extracting(StoredArticle::summary)
                .isEqualTo(List.of("محادثات أستانا تنطلق اليوم…"));
    }

    private Stores serveAndPoll(String pagePath, boolean fullText) {
        server.serve("/page", 200, PAGE.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
                + "<link>https://example.invalid/</link><description>d</description><item><guid>g1</guid>"
                + "<title>انطلاق جولة محادثات أستانا</title><link>" + server.url(pagePath) + "</link>"
                + "<description>محادثات أستانا تنطلق اليوم…</description></item></channel></rss>";
        server.serve("/feed.xml", 200, xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
        Stores stores = Stores.open(dir.resolve("t.db"), Clock.systemUTC());
        stores.subscriptions().subscribe(1, "private", Set.of("astana"));
        new Pipeline(
                        List.of(new Feed("news", "أخبار", server.url("/feed.xml"), fullText)),
                        new FeedReader(FeedReader.Options.defaults()),
                        List.of(PipelineTest.ASTANA),
                        3,
                        stores.articles(),
                        stores.feedStates(),
                        () -> {},
                        Clock.systemUTC())
                .poll();
        return stores;
    }
}
