package talkwatch.deliver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.store.Delivery;
import talkwatch.store.Outbox;
import talkwatch.store.SubscriptionStore;

/**
 * Drains the outbox into Telegram, inside the flood limits. A delivery is marked sent only after
 * Telegram accepted it; flood control, server errors and network errors keep it pending for a retry;
 * a chat that blocked the bot or vanished is deactivated.
 */
public final class Deliverer implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Deliverer.class);
    private static final int BATCH = 200;
    private static final Duration IDLE_WAIT = Duration.ofSeconds(2);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final Outbox outbox;
    private final SubscriptionStore chats;
    private final TelegramClient telegram;
    private final MessageFormatter formatter = new MessageFormatter();
    private final Pacer pacer;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private volatile boolean running = true;
    private boolean woken;

    public Deliverer(
            Outbox outbox, SubscriptionStore chats, TelegramClient telegram, int globalPerSecond, Clock clock) {
        this.outbox = outbox;
        this.chats = chats;
        this.telegram = telegram;
        this.pacer = new Pacer(globalPerSecond);
        this.clock = clock;
    }

    /** Tells the sender that new deliveries were queued. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void stop() {
        running = false;
        wake();
    }

    @Override
    public void run() {
        while (running) {
            try {
                Instant next = deliverDue();
                sleepUntil(next);
            } catch (RuntimeException e) {
                log.error("Delivery loop failed, retrying in {} s: {}", IDLE_WAIT.toSeconds(), e.getMessage(), e);
                sleepUntil(clock.instant().plus(IDLE_WAIT));
            }
        }
    }

    /** Sends every due delivery whose chat is ready; returns when to look again. */
    Instant deliverDue() {
        Instant earliest = clock.instant().plus(IDLE_WAIT);
        List<Delivery> due = outbox.due(BATCH);
        for (Delivery delivery : due) {
            if (!running) {
                break;
            }
            boolean group = isGroup(delivery.chatType());
            Instant ready = pacer.readyAt(delivery.chatId(), group);
            Instant now = clock.instant();
            if (ready.isAfter(now.plus(Duration.ofMillis(200)))) {
                earliest = ready.isBefore(earliest) ? ready : earliest;
                continue;
            }
            pause(Duration.between(now, ready));
            send(delivery);
            pacer.sent(delivery.chatId(), group, clock.instant());
        }
        if (due.size() == BATCH) {
            return clock.instant();
        }
        Instant now = clock.instant();
        Instant fallback = earliest;
        return outbox.nextDue()
                .filter(at -> at.isAfter(now) && at.isBefore(fallback))
                .orElse(fallback);
    }

    private void send(Delivery delivery) {
        String html = formatter.format(delivery.article());
        try {
            long messageId =
                    telegram.execute(message(delivery.chatId(), html, true)).getMessageId();
            outbox.markSent(delivery.id(), messageId);
        } catch (TelegramApiRequestException e) {
            handleRefusal(delivery, html, e);
        } catch (TelegramApiException e) {
            retryLater(delivery, "network error: " + e.getMessage());
        }
    }

    private void handleRefusal(Delivery delivery, String html, TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String description = e.getApiResponse() == null ? String.valueOf(e.getMessage()) : e.getApiResponse();
        if (code == 429) {
            int seconds = e.getParameters() != null && e.getParameters().getRetryAfter() != null
                    ? e.getParameters().getRetryAfter()
                    : 5;
            Instant until = clock.instant().plusSeconds(seconds);
            log.warn("Telegram flood control: pausing sends for {} s (chat {})", seconds, delivery.chatId());
            pacer.pauseUntil(until);
            outbox.retryAt(delivery.id(), until, "429 " + description);
        } else if (code == 403 || description.toLowerCase().contains("chat not found")) {
            log.info("Chat {} can no longer be reached ({}): deactivated", delivery.chatId(), description);
            chats.deactivate(delivery.chatId(), description);
        } else if (code == 400 && description.toLowerCase().contains("can't parse entities")) {
            log.warn(
                    "Telegram refused the HTML of delivery {} ({}): resending as plain text",
                    delivery.id(),
                    description);
            resendPlain(delivery, html);
        } else if (code >= 500 || code == 0) {
            retryLater(delivery, code + " " + description);
        } else {
            log.warn(
                    "Telegram refused delivery {} to chat {} for good: {} {}",
                    delivery.id(),
                    delivery.chatId(),
                    code,
                    description);
            outbox.markFailed(delivery.id(), code + " " + description);
        }
    }

    private void resendPlain(Delivery delivery, String html) {
        String plain = Jsoup.parse(html.replace("\n", "<br>")).wholeText();
        try {
            long messageId =
                    telegram.execute(message(delivery.chatId(), plain, false)).getMessageId();
            outbox.markSent(delivery.id(), messageId);
        } catch (TelegramApiException retry) {
            retryLater(delivery, "plain-text resend failed: " + retry.getMessage());
        }
    }

    private void retryLater(Delivery delivery, String error) {
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 2L << Math.min(delivery.attempts(), 12));
        log.warn(
                "Delivery {} to chat {} failed ({}); retrying in {} s",
                delivery.id(),
                delivery.chatId(),
                error,
                seconds);
        outbox.retryAt(delivery.id(), clock.instant().plusSeconds(seconds), error);
    }

    private static SendMessage message(long chatId, String text, boolean html) {
        return SendMessage.builder()
                .chatId(chatId)
                .text(text)
                .parseMode(html ? "HTML" : null)
                .linkPreviewOptions(
                        LinkPreviewOptions.builder().isDisabled(true).build())
                .build();
    }

    private static boolean isGroup(String chatType) {
        return !"private".equals(chatType);
    }

    private void pause(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void sleepUntil(Instant until) {
        long millis = Duration.between(clock.instant(), until).toMillis();
        if (millis <= 0) {
            return;
        }
        lock.lock();
        try {
            if (!woken && running) {
                work.await(millis, TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }
}
