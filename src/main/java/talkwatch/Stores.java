package talkwatch;

import java.nio.file.Path;
import java.time.Clock;
import talkwatch.store.ArticleStore;
import talkwatch.store.Database;
import talkwatch.store.FeedStateStore;
import talkwatch.store.HandledUpdates;
import talkwatch.store.Outbox;
import talkwatch.store.Retention;
import talkwatch.store.SubscriptionStore;

/** The views of the one SQLite file. */
public record Stores(
        ArticleStore articles,
        SubscriptionStore subscriptions,
        Outbox outbox,
        FeedStateStore feedStates,
        Retention retention,
        HandledUpdates handledUpdates) {

    public static Stores open(Path file, Clock clock) {
        Database database = Database.open(file);
        return new Stores(
                new ArticleStore(database, clock),
                new SubscriptionStore(database, clock),
                new Outbox(database, clock),
                new FeedStateStore(database),
                new Retention(database),
                new HandledUpdates(database, clock));
    }
}
