package talkwatch.bot;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Tells Telegram where to send the updates ({@code setWebhook}). Every instance does so at start: with the same
 * parameters it changes nothing, and one set while another is being set gets a 429 and is made again. None ever calls
 * {@code deleteWebhook}: that would cut the others off.
 */
public final class WebhookRegistration {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    private WebhookRegistration() {}

    /**
     * Sets the webhook to {@code url} with {@code secret}, for the {@code kinds} of updates named; a Telegram that cannot
     * be reached (network, 5xx, 429) is asked again 1 s, 2 s, 4 s … later, at most every minute.
     *
     * @throws TelegramApiRequestException when Telegram refuses the webhook (a URL it cannot call, for one)
     */
    // Specs: https://core.telegram.org/bots/api#setwebhook
    public static void register(TelegramClient telegram, URI url, String secret, List<String> kinds)
            throws TelegramApiRequestException, InterruptedException {
        SetWebhook request = SetWebhook.builder()
                .url(url.toString())
                .secretToken(secret)
                .allowedUpdates(kinds)
                .build();
        LongPolling.Retry retry = new LongPolling.Retry(LongPolling.FIRST_RETRY, LongPolling.MAX_RETRY);
        while (true) {
            try {
                telegram.execute(request);
                return;
            } catch (TelegramApiRequestException e) {
                Integer code = e.getErrorCode();
                if (code != null && code != 429 && code < 500) {
                    throw e;
                }
                wait(retry, e);
            } catch (TelegramApiException e) {
                wait(retry, e);
            }
        }
    }

    private static void wait(LongPolling.Retry retry, TelegramApiException e) throws InterruptedException {
        Duration atLeast = Duration.ZERO;
        if (e instanceof TelegramApiRequestException refused
                && refused.getParameters() != null
                && refused.getParameters().getRetryAfter() != null) {
            atLeast = Duration.ofSeconds(refused.getParameters().getRetryAfter());
        }
        Duration wait = retry.next(atLeast);
        log.warn("Could not set the webhook ({}); asking again in {} s", LongPolling.reason(e), wait.toSeconds());
        Thread.sleep(wait.toMillis());
    }
}
