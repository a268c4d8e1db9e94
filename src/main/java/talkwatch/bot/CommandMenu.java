package talkwatch.bot;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The menu of commands Telegram shows beside the message box, with Arabic descriptions. {@code /start} and the
 * admins' {@code /status} stay out of it.
 */
public final class CommandMenu {

    static final List<String> COMMANDS = List.of(
            "latest",
            "topics",
            "subscribe",
            "unsubscribe",
            "search",
            "summary",
            "settings",
            "digest",
            "quiet",
            "timezone",
            "help");
    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

    private CommandMenu() {}

    static List<BotCommand> commands() {
        Texts texts = new Texts();
        return COMMANDS.stream()
                .map(command -> new BotCommand(command, texts.get("menu." + command)))
                .toList();
    }

    /** Sets the menu; a failure is logged and changes nothing else: the commands work without it. */
    public static void publish(TelegramClient telegram) {
        try {
            telegram.execute(SetMyCommands.builder().commands(commands()).build());
        } catch (TelegramApiException e) {
            log.warn("Could not set the command menu in Telegram ({}); the commands work without it", e.getMessage());
        }
    }
}
