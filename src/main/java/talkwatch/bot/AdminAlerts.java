package talkwatch.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.deliver.Html;
import talkwatch.deliver.MessageFormatter;
import talkwatch.deliver.TimeDisplay;
import talkwatch.feed.Feed;
import talkwatch.poll.FeedAlerts;

/**
 * Tells the bot's admins (each in their private chat with the bot) which feeds have been failing for a day, and which
 * work again, in one message per poll cycle that fits Telegram's limit (a long list ends with a count of the others);
 * subscribers never see these. An admin who never started a chat with the bot cannot be reached; the alert counts as
 * told when at least one admin got it. Thread-safe.
 */
public final class AdminAlerts implements FeedAlerts {
    private static final Logger log = LoggerFactory.getLogger(AdminAlerts.class);

    private final TelegramClient telegram;
    private final Set<Long> admins;
    private final TimeDisplay time;
    private static final String SECTION_BREAK = "\n\n";

    private final Texts texts = new Texts();

    public AdminAlerts(TelegramClient telegram, Set<Long> admins, TimeDisplay time) {
        this.telegram = Objects.requireNonNull(telegram, "telegram");
        this.admins = Set.copyOf(admins);
        this.time = Objects.requireNonNull(time, "time");
    }

    @Override
    public boolean tell(List<Down> down, List<Recovered> recovered) {
        log.warn(
                "Telling {} admins: {} feeds down for a day {}, {} working again {}",
                admins.size(),
                down.size(),
                ids(down.stream().map(Down::feed).toList()),
                recovered.size(),
                ids(recovered.stream().map(Recovered::feed).toList()));
        int room = MessageFormatter.TELEGRAM_LIMIT - SECTION_BREAK.length();
        int downRoom = recovered.isEmpty() ? room : down.isEmpty() ? 0 : room * 2 / 3;
        List<String> sections = new ArrayList<>();
        if (!down.isEmpty()) {
            sections.add(downSection(down, downRoom));
        }
        if (!recovered.isEmpty()) {
            sections.add(recoveredSection(recovered, room - downRoom));
        }
        return tell(String.join(SECTION_BREAK, sections));
    }

    private String downSection(List<Down> down, int room) {
        if (down.size() == 1) {
            Down one = down.get(0);
            return texts.get(
                    "alert.feedDown",
                    Html.escape(one.feed().name()),
                    Html.escape(one.feed().id()),
                    time.timestamp(one.since()),
                    Html.escape(one.reason()));
        }
        String heading = texts.get("alert.feedsDown", down.size());
        String end = texts.get("alert.feedsDownEnd");
        List<String> lines = down.stream()
                .map(d -> texts.get(
                        "alert.feedsDownLine",
                        Html.escape(d.feed().name()),
                        Html.escape(d.feed().id()),
                        time.timestamp(d.since()),
                        Html.escape(d.reason())))
                .toList();
        int left = room - heading.length() - end.length() - 2;
        return heading + "\n" + FittedLines.join(lines, left, from -> omitted(down.size() - from)) + "\n" + end;
    }

    private String recoveredSection(List<Recovered> recovered, int room) {
        if (recovered.size() == 1) {
            Recovered one = recovered.get(0);
            return texts.get(
                    "alert.feedRecovered",
                    Html.escape(one.feed().name()),
                    Html.escape(one.feed().id()),
                    time.timestamp(one.since()));
        }
        String heading = texts.get("alert.feedsRecovered", recovered.size());
        List<String> lines = recovered.stream()
                .map(r -> texts.get(
                        "alert.feedsRecoveredLine",
                        Html.escape(r.feed().name()),
                        Html.escape(r.feed().id()),
                        time.timestamp(r.since())))
                .toList();
        int left = room - heading.length() - 1;
        return heading + "\n" + FittedLines.join(lines, left, from -> omitted(recovered.size() - from));
    }

    private String omitted(int count) {
        return texts.get("alert.feedsOmitted", count);
    }

    /** The first ids, for a log line. */
    private static String ids(List<Feed> feeds) {
        String shown = feeds.stream().limit(10).map(Feed::id).collect(Collectors.joining(", "));
        return feeds.isEmpty() ? "" : "(" + shown + (feeds.size() > 10 ? ", …)" : ")");
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
