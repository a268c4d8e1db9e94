package talkwatch.bot;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import talkwatch.deliver.TimeDisplay;
import talkwatch.rhythm.Digest;
import talkwatch.rhythm.QuietHours;
import talkwatch.store.ChatSettings;

/**
 * A chat's settings as a message: one line each, and buttons to change them; a button opens the choices of its setting
 * in place of the others ({@link SettingsButtons} edits the message). Button data: {@code set:<chat>:<what>:<value>}.
 */
final class SettingsView {

    static final String PREFIX = "set:";
    static final List<String> DAILY = List.of("06:00", "07:00", "08:00", "09:00", "12:00", "18:00", "20:00", "22:00");
    static final List<String> QUIET = List.of("22:00-06:00", "22:00-07:00", "23:00-07:00", "00:00-08:00");

    private final Texts texts;
    private final Zones zones;
    private final ZoneId defaultZone;
    private final Clock clock;

    SettingsView(Texts texts, Zones zones, ZoneId defaultZone, Clock clock) {
        this.texts = texts;
        this.zones = zones;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    /** The settings in one message, headed by whose they are. */
    String text(SettingsTarget target, ChatSettings settings) {
        String heading = target.channel()
                .map(channel -> texts.get("settings.headingChannel", channel))
                .orElse(texts.get("settings.heading"));
        return String.join(
                "\n",
                heading,
                texts.get("settings.rhythm", rhythm(settings.digest())),
                texts.get("settings.quiet", quiet(settings.quiet())),
                texts.get("settings.zone", zone(settings)),
                texts.get("settings.previews", texts.get(settings.previews() ? "previews.on" : "previews.off")),
                "",
                texts.get("settings.footer"));
    }

    /** The four settings, a button each. */
    InlineKeyboardMarkup main(long chatId, ChatSettings settings) {
        return InlineKeyboardMarkup.builder()
                .keyboardRow(row(
                        button(texts.get("button.rhythm"), chatId, "m", "r"),
                        button(texts.get("button.quiet"), chatId, "m", "q")))
                .keyboardRow(row(button(texts.get("button.zone"), chatId, "m", "z")))
                .keyboardRow(row(button(
                        texts.get(settings.previews() ? "button.previewsOn" : "button.previewsOff"),
                        chatId,
                        "p",
                        settings.previews() ? "0" : "1")))
                .build();
    }

    /** At once, daily at one of {@link #DAILY}, or every few hours. */
    InlineKeyboardMarkup rhythms(long chatId, ChatSettings settings) {
        Optional<String> chosen = settings.digest().map(Digest::text);
        List<InlineKeyboardRow> rows = new ArrayList<>();
        rows.add(row(button(mark(texts.get("button.instant"), chosen.isEmpty()), chatId, "d", "off")));
        List<InlineKeyboardButton> daily = new ArrayList<>();
        for (String time : DAILY) {
            daily.add(
                    button(mark(texts.get("button.daily", time), chosen.equals(Optional.of(time))), chatId, "d", time));
        }
        rows.addAll(rows(daily, 4));
        List<InlineKeyboardButton> every = new ArrayList<>();
        for (int hours : Digest.EVERY_HOURS) {
            String text = new Digest.Every(hours).text();
            every.add(button(mark(every(hours), chosen.equals(Optional.of(text))), chatId, "d", text));
        }
        rows.addAll(rows(every, 4));
        rows.add(back(chatId));
        return new InlineKeyboardMarkup(rows);
    }

    /** None, or one of {@link #QUIET}. */
    InlineKeyboardMarkup quiets(long chatId, ChatSettings settings) {
        Optional<String> chosen = settings.quiet().map(QuietHours::text);
        List<InlineKeyboardButton> choices = new ArrayList<>();
        for (String hours : QUIET) {
            choices.add(button(mark(hours.replace("-", "–"), chosen.equals(Optional.of(hours))), chatId, "q", hours));
        }
        List<InlineKeyboardRow> rows = new ArrayList<>(rows(choices, 2));
        rows.add(row(button(mark(texts.get("button.quietOff"), chosen.isEmpty()), chatId, "q", "off")));
        rows.add(back(chatId));
        return new InlineKeyboardMarkup(rows);
    }

    /** The offered zones, by their cities' Arabic names. */
    InlineKeyboardMarkup zones(long chatId, ChatSettings settings) {
        String chosen = settings.zoneOr(defaultZone).getId();
        List<InlineKeyboardButton> choices = new ArrayList<>();
        for (String id : Zones.OFFERED) {
            choices.add(button(mark(zones.label(id), id.equals(chosen)), chatId, "z", id));
        }
        List<InlineKeyboardRow> rows = new ArrayList<>(rows(choices, 3));
        rows.add(back(chatId));
        return new InlineKeyboardMarkup(rows);
    }

    /** «كل خبر فور نشره», «موجز يومي في الساعة 08:00», «موجز كل 3 ساعات». */
    String rhythm(Optional<Digest> digest) {
        if (digest.isEmpty()) {
            return texts.get("rhythm.instant");
        }
        if (digest.get() instanceof Digest.Daily daily) {
            return texts.get("rhythm.daily", daily.text());
        }
        return texts.get("rhythm.every", every(((Digest.Every) digest.get()).hours()));
    }

    /** «كل ساعة», «كل ساعتين», «كل 3 ساعات», «كل 12 ساعة»: the noun agrees with the number, as Arabic wants. */
    String every(int hours) {
        if (hours <= 2) {
            return texts.get("every." + hours);
        }
        return texts.get(hours <= 10 ? "every.few" : "every.many", hours);
    }

    String quiet(Optional<QuietHours> quiet) {
        return quiet.map(q -> texts.get("quiet.hours", time(q.from()), time(q.to())))
                .orElse(texts.get("quiet.none"));
    }

    /** «دمشق: Asia/Damascus (غرينتش+3)», or the zone alone when it is not one of the offered cities. */
    String zone(ChatSettings settings) {
        ZoneId zone = settings.zoneOr(defaultZone);
        String shown = new TimeDisplay(zone).zone(clock.instant());
        return Zones.OFFERED.contains(zone.getId()) ? zones.label(zone.getId()) + ": " + shown : shown;
    }

    /** The chat's clock in a sentence: «دمشق», or the zone's own name, isolated, when it is not an offered city. */
    String zoneName(ChatSettings settings) {
        String id = settings.zoneOr(defaultZone).getId();
        return Zones.OFFERED.contains(id) ? zones.label(id) : "\u2068" + (id.equals("Z") ? "UTC" : id) + "\u2069";
    }

    /** The date and time now on the chat's clock. */
    String now(ChatSettings settings) {
        return new TimeDisplay(settings.zoneOr(defaultZone)).dateTime(clock.instant());
    }

    private static String time(LocalTime time) {
        return new Digest.Daily(time).text();
    }

    private String mark(String label, boolean chosen) {
        return chosen ? texts.get("button.chosen", label) : label;
    }

    private InlineKeyboardRow back(long chatId) {
        return row(button(texts.get("button.back"), chatId, "m", "main"));
    }

    private static InlineKeyboardButton button(String label, long chatId, String what, String value) {
        return InlineKeyboardButton.builder()
                .text(label)
                .callbackData(PREFIX + chatId + ":" + what + ":" + value)
                .build();
    }

    private static InlineKeyboardRow row(InlineKeyboardButton... buttons) {
        return new InlineKeyboardRow(buttons);
    }

    private static List<InlineKeyboardRow> rows(List<InlineKeyboardButton> buttons, int perRow) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += perRow) {
            rows.add(new InlineKeyboardRow(buttons.subList(i, Math.min(buttons.size(), i + perRow))));
        }
        return rows;
    }
}
