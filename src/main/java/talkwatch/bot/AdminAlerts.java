package talkwatch.bot;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.FeedAlerts;
import talkwatch.deliver.Html;
import talkwatch.deliver.TimeDisplay;
import talkwatch.feed.Feed;

/**
 * Tells the bot's admins (each in their private chat with the bot) that a feed has been failing for a day, and
 * when it recovers; subscribers never see these. An admin who never started a chat with the bot cannot be reached;
 * the alert counts as told when at least one admin got it. Thread-safe.
 */
public final class AdminAlerts implements FeedAlerts {
    private static final Logger log = LoggerFactory.getLogger(AdminAlerts.class);

    private final TelegramClient telegram;
    private final Set<Long> admins;
    private final TimeDisplay time;
    private final Texts texts = new Texts();

    public AdminAlerts(TelegramClient telegram, Set<Long> admins, TimeDisplay time) {
        this.telegram = Objects.requireNonNull(telegram, "telegram");
        this.admins = Set.copyOf(admins);
        this.time = Objects.requireNonNull(time, "time");
    }

    @Override
    public boolean down(Feed feed, String reason, Instant since) {
        log.warn("Feed {} has been failing since {}: {}; telling {} admins", feed.id(), since, reason, admins.size());
        return tell(texts.get(
                "alert.feedDown",
                Html.escape(feed.name()),
                Html.escape(feed.id()),
                time.timestamp(since),
                Html.escape(reason)));
    }

    @Override
    public boolean recovered(Feed feed, Instant downSince) {
        log.info("Feed {} works again after failing since {}; telling {} admins", feed.id(), downSince, admins.size());
        return tell(texts.get(
                "alert.feedRecovered", Html.escape(feed.name()), Html.escape(feed.id()), time.timestamp(downSince)));
    }

    private boolean tell(String text) {
        boolean told = false;
        for (long admin : admins) {
            try {
                telegram.execute(SendMessage.builder()
                        .chatId(admin)
                        .text(text)
                        .parseMode("HTML")
                        .build());
                told = true;
            } catch (TelegramApiException e) {
                // no token in the message: TelegramApiException carries only Telegram's answer
                log.warn("Could not alert admin {}: {}", admin, e.getMessage());
            }
        }
        return told;
    }
}
