package talkwatch.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word list the matcher, the story detector and the summarizer compare with normalized text is itself in
 * normalized spelling. A word written with a hamza or «ى» in such a list never matches, and nothing else fails: this
 * test is the only thing that notices.
 */
class WordListsNormalizedTest {

    /** The packages whose word lists meet normalized text. */
    private static final List<String> PACKAGES = List.of("talkwatch.match", "talkwatch.story", "talkwatch.summary");

    /** An Arabic word as written: letters, with any diacritics and tatweel. */
    private static final Pattern ARABIC_WORD = Pattern.compile("[\\u0621-\\u065F\\u0670]+");

    /** Fields that keep a word as written, for showing it, beside the normalized form that is compared. */
    private static final Set<String> AS_WRITTEN = Set.of("Phrase.original");

    @Test
    void everyArabicWordInAStaticWordListIsNormalized() throws Exception {
        List<String> unnormalized = new ArrayList<>();
        int words = 0;
        for (Class<?> type : classesOf(PACKAGES)) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                field.setAccessible(true);
                for (String text : strings(field.get(null))) {
                    Matcher word = ARABIC_WORD.matcher(text);
                    while (word.find()) {
                        words++;
                        if (!word.group().equals(ArabicText.normalize(word.group()))) {
                            unnormalized.add(type.getSimpleName() + "." + field.getName() + ": «" + word.group() + "»");
                        }
                    }
                }
            }
        }
        assertThat(words).as("Arabic words found in static lists").isGreaterThan(800);
        assertThat(unnormalized).as("words not in normalized spelling").isEmpty();
    }

    /**
     * The strings a static field holds: string collections, maps, arrays, and the fields of the project's own objects
     * in them (an enum's constants, a {@code Phrase}), however deep.
     */
    private static List<String> strings(Object value) throws IllegalAccessException {
        List<String> found = new ArrayList<>();
        collect(value, found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static void collect(Object value, List<String> found, Set<Object> seen) throws IllegalAccessException {
        if (value == null || (!(value instanceof String) && !seen.add(value))) {
            return;
        }
        if (value instanceof String string) {
            found.add(string);
        } else if (value instanceof Pattern pattern) {
            found.add(pattern.pattern());
        } else if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                collect(element, found, seen);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                collect(entry.getKey(), found, seen);
                collect(entry.getValue(), found, seen);
            }
        } else if (value instanceof Object[] array) {
            for (Object element : array) {
                collect(element, found, seen);
            }
        } else if (value.getClass().getName().startsWith("talkwatch.")) {
            for (Class<?> type = value.getClass(); type != null && type != Enum.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())
                            && !field.isSynthetic()
                            && !AS_WRITTEN.contains(type.getSimpleName() + "." + field.getName())) {
                        field.setAccessible(true);
                        collect(field.get(value), found, seen);
                    }
                }
            }
        }
    }

    private static List<Class<?>> classesOf(List<String> packages) throws IOException, URISyntaxException {
        Path root = Path.of(ArabicText.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> classes = new ArrayList<>();
        for (String name : packages) {
            try (Stream<Path> files = Files.list(root.resolve(name.replace('.', '/')))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class"))
                        .sorted()
                        .toList()) {
                    String simple = file.getFileName().toString().replace(".class", "");
                    try {
                        classes.add(Class.forName(name + "." + simple));
                    } catch (ClassNotFoundException | LinkageError e) {
                        throw new IllegalStateException("cannot load " + name + "." + simple, e);
                    }
                }
            }
        }
        return classes;
    }
}
