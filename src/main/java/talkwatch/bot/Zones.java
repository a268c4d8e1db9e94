package talkwatch.bot;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import talkwatch.arabic.ArabicText;

/**
 * The time zones a chat may choose: any IANA zone by its name ({@code Asia/Damascus}, in any case), and, on buttons
 * and by their Arabic names, the zones of the Arab capitals and of cities with large Arab communities abroad.
 */
final class Zones {

    /** The zones on the buttons, in their order: the Arab capitals, then abroad. */
    static final List<String> OFFERED = List.of(
            "Asia/Damascus",
            "Asia/Beirut",
            "Asia/Amman",
            "Asia/Baghdad",
            "Asia/Hebron",
            "Asia/Riyadh",
            "Asia/Kuwait",
            "Asia/Qatar",
            "Asia/Bahrain",
            "Asia/Dubai",
            "Asia/Muscat",
            "Asia/Aden",
            "Africa/Cairo",
            "Africa/Khartoum",
            "Africa/Tripoli",
            "Africa/Tunis",
            "Africa/Algiers",
            "Africa/Casablanca",
            "Africa/Nouakchott",
            "Europe/Istanbul",
            "Europe/Berlin",
            "Europe/Paris",
            "Europe/London",
            "Europe/Stockholm",
            "America/New_York",
            "America/Toronto");

    private final Texts texts;
    private final Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    Zones(Texts texts) {
        this.texts = texts;
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.contains("/") || id.equals("UTC")) {
                byName.put(id, id);
            }
        }
        for (String id : OFFERED) {
            byName.put(ArabicText.normalize(label(id)), id);
        }
    }

    /** The zone a user named: its IANA name in any case, or the Arabic name of an offered city. */
    Optional<ZoneId> find(String name) {
        String wanted = name.strip();
        String id = byName.getOrDefault(wanted, byName.get(ArabicText.normalize(wanted)));
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The Arabic name of an offered zone's city (دمشق), else the zone's own name. */
    String label(String id) {
        return OFFERED.contains(id) ? texts.get("zone." + id) : id;
    }
}
