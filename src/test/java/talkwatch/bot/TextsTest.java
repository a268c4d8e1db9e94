package talkwatch.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import talkwatch.rhythm.Digest;

/** Every text the bot's code asks for is in messages_ar.properties (in the spirit of petclinic's I18nPropertiesSyncTest). */
class TextsTest {

    private static final Pattern KEY = Pattern.compile("\"([a-z][a-zA-Z]*\\.[a-zA-Z][a-zA-Z.]*)\"");

    private final Texts texts = new Texts();

    @Test
    void everyKeyTheCodeNamesHasAnArabicText() throws IOException {
        List<String> keys = new ArrayList<>(List.of("start", "help"));
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/talkwatch/bot"))) {
            for (Path source : sources.toList()) {
                Matcher key = KEY.matcher(Files.readString(source));
                while (key.find()) {
                    if (!key.group(1).startsWith("talkwatch.")) {
                        keys.add(key.group(1));
                    }
                }
            }
        }
        // the keys the code puts together
        CommandMenu.COMMANDS.forEach(command -> keys.add("menu." + command));
        Zones.OFFERED.forEach(zone -> keys.add("zone." + zone));
        Digest.EVERY_HOURS.stream().filter(hours -> hours <= 2).forEach(hours -> keys.add("every." + hours));

        assertThat(keys).hasSizeGreaterThan(100);
        TreeSet<String> missing = new TreeSet<>();
        for (String key : keys) {
            try {
                assertThat(texts.get(key)).as(key).isNotBlank();
            } catch (MissingResourceException e) {
                missing.add(key);
            }
        }
        assertThat(missing).isEmpty();
    }
}
