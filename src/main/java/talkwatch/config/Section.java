package talkwatch.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A node of the YAML tree that knows its own key path, so every error can name it. */
final class Section {

    private final Path file;
    private final String path;
    private final JsonNode node;

    Section(Path file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    ConfigException error(String problem) {
        return new ConfigException(file, path.isEmpty() ? "(top level)" : path, problem);
    }

    String path() {
        return path;
    }

    /** Fails on a key that is not one of {@code known}: a typo must not be silently ignored. */
    Section allowOnly(Set<String> known) {
        if (!node.isObject()) {
            throw error("expected a mapping of keys to values");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw child(name)
                        .error("unknown key; expected one of "
                                + String.join(", ", known.stream().sorted().toList()));
            }
        }
        return this;
    }

    Optional<Section> optional(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(child(key));
    }

    Section required(String key, String expected) {
        return optional(key).orElseThrow(() -> child(key).error("missing; expected " + expected));
    }

    String text(String expected) {
        if (!node.isValueNode() || node.asText().isBlank()) {
            throw error("expected " + expected);
        }
        return node.asText().trim();
    }

    long integer(String expected) {
        if (!node.canConvertToLong() || !node.isIntegralNumber()) {
            throw error("expected " + expected + ", got \"" + node.asText() + "\"");
        }
        return node.asLong();
    }

    boolean bool(String expected) {
        if (!node.isBoolean()) {
            throw error("expected true or false (" + expected + "), got " + node);
        }
        return node.booleanValue();
    }

    boolean isList() {
        return node.isArray();
    }

    List<Section> list(String expected) {
        if (!node.isArray()) {
            throw error("expected " + expected);
        }
        List<Section> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new Section(file, path + "[" + i + "]", node.get(i)));
        }
        return items;
    }

    List<String> texts(String expected) {
        return list("a list of " + expected).stream()
                .map(item -> item.text(expected))
                .toList();
    }

    private Section child(String key) {
        return new Section(file, path.isEmpty() ? key : path + "." + key, node.path(key));
    }
}
