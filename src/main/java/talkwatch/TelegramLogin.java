package talkwatch;

import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.config.ConfigException;
import talkwatch.config.ConfigLoader;

/**
 * Asks Telegram who the bot is ({@code getMe}). A refused token is a {@link ConfigException}, at once; a Telegram that
 * cannot be reached (network down, 5xx, 429) is asked again, a second later, then twice as long each time, at most
 * every {@link #MAX_WAIT}, while the feeds are polled and summaries queued.
 */
final class TelegramLogin {

    private static final Logger log = LoggerFactory.getLogger(TelegramLogin.class);
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofMinutes(5);

    private final TelegramClient telegram;
    private final URI apiUrl;

    TelegramLogin(TelegramClient telegram, URI apiUrl) {
        this.telegram = telegram;
        this.apiUrl = apiUrl;
    }

    /** The bot's username, or empty when Telegram could not be reached (said in the log). */
    Optional<String> tryOnce() throws TelegramApiException, InterruptedException {
        try {
            return Optional.of(telegram.execute(new GetMe()).getUserName());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && (code == 401 || code == 404)) {
                throw new ConfigException(ConfigLoader.TOKEN_VARIABLE
                        + ": Telegram refused the token (" + code + " " + e.getApiResponse()
                        + "); copy it again from @BotFather");
            }
            if (code != null && code < 500 && code != 429) {
                throw e;
            }
            return unreachable(code + " " + e.getApiResponse());
        } catch (TelegramApiException e) {
            if (e.getCause() instanceof InterruptedIOException) {
                throw new InterruptedException("stopped while asking Telegram");
            }
            return unreachable(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause()));
        }
    }

    /** Asks until Telegram answers; the bot's username. */
    String untilAccepted() throws TelegramApiException, InterruptedException {
        Duration wait = FIRST_WAIT;
        while (true) {
            log.warn(
                    "Asking Telegram again in {} s; meanwhile the feeds are read and the summaries queued",
                    wait.toSeconds());
            Thread.sleep(wait.toMillis());
            Optional<String> username = tryOnce();
            if (username.isPresent()) {
                return username.get();
            }
            wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait.multipliedBy(2);
        }
    }

    private Optional<String> unreachable(String reason) {
        log.warn(
                "Cannot reach the Telegram Bot API at {} ({}); check the network, or {} if you set it",
                apiUrl,
                reason,
                ConfigLoader.API_URL_VARIABLE);
        return Optional.empty();
    }
}
