package talkwatch.testing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import talkwatch.Stores;
import talkwatch.feed.Article;
import talkwatch.store.NewArticle;

/** A fan-out waiting to be sent: one article about the Astana talks, queued for many private chats. */
public final class FanOut {

    private FanOut() {}

    /** Subscribes chats 1 to {@code chats} to the Astana talks and saves one article about them, published then. */
    public static void queue(Stores stores, int chats, Instant published) {
        for (long chat = 1; chat <= chats; chat++) {
            stores.subscriptions().subscribe(chat, "private", Set.of("astana"));
        }
        stores.articles()
                .save(new NewArticle(
                        new Article(
                                "test-news",
                                "a1",
                                "https://example.org/a1",
                                "محادثات أستانا تحدد موعد الجولة المقبلة",
                                "نص",
                                published),
                        "وكالة الاختبار",
                        List.of("astana"),
                        List.of("وأضاف كمالدينوف أن الجولة التالية ستعقد في الثالث والرابع من مايو/أيار.")));
    }
}
