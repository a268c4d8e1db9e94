package talkwatch;

import java.nio.file.Path;
import java.time.Clock;
import talkwatch.store.ArticlePages;
import talkwatch.store.ArticleStore;
import talkwatch.store.ChatSettingsStore;
import talkwatch.store.Database;
import talkwatch.store.DigestReads;
import talkwatch.store.FeedStateStore;
import talkwatch.store.HandledUpdates;
import talkwatch.store.Outbox;
import talkwatch.store.Retention;
import talkwatch.store.Storage;
import talkwatch.store.StoredLinks;
import talkwatch.store.SubscriptionStore;
import talkwatch.store.SummaryRequests;

/** The views of the one database, a SQLite file or a PostgreSQL database ({@link Storage}). */
public record Stores(
        Database database,
        ArticleStore articles,
        SubscriptionStore subscriptions,
        Outbox outbox,
        FeedStateStore feedStates,
        Retention retention,
        ChatSettingsStore chatSettings,
        DigestReads digests,
        StoredLinks links,
        ArticlePages pages,
        HandledUpdates handledUpdates,
        SummaryRequests summaryRequests)
        implements AutoCloseable {

    /** The SQLite file {@code file}. */
    public static Stores open(Path file, Clock clock) {
        return open(new Storage.Sqlite(file), clock);
    }

    public static Stores open(Storage storage, Clock clock) {
        Database database = Database.open(storage);
        ChatSettingsStore chatSettings = new ChatSettingsStore(database, clock);
        return new Stores(
                database,
                new ArticleStore(database, clock),
                new SubscriptionStore(database, clock, chatSettings),
                new Outbox(database, clock),
                new FeedStateStore(database),
                new Retention(database),
                chatSettings,
                new DigestReads(database),
                new StoredLinks(database),
                new ArticlePages(database),
                new HandledUpdates(database, clock),
                new SummaryRequests(database, clock));
    }

    @Override
    public void close() {
        database.close();
    }
}
