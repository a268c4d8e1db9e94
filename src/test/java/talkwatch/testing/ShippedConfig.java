package talkwatch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import talkwatch.config.Config;
import talkwatch.config.ConfigLoader;
import talkwatch.match.Topic;

/**
 * The shipped configuration ({@code config/talkwatch.yml}) as a YAML tree, with the topics of other files after its
 * own (a topic an operator wrote for a track the shipped file does not follow). Each file is either a YAML list of
 * topics, as written under {@code topics:}, or the configuration's {@code topics:} and {@code people:} sections: its
 * top-level people join the shipped ones, as an operator adds them (one already listed, by name, is not added twice).
 */
public final class ShippedConfig {

    public static final Path FILE = Path.of("config/talkwatch.yml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ShippedConfig() {}

    /** The shipped file's tree, with the topics of {@code topicFiles} added. */
    public static ObjectNode with(List<Path> topicFiles) {
        try {
            ObjectNode root = (ObjectNode) YAML.readTree(FILE.toFile());
            ArrayNode topics = (ArrayNode) root.get("topics");
            ArrayNode people = root.has("people") ? (ArrayNode) root.get("people") : root.putArray("people");
            Set<String> names = new HashSet<>();
            people.forEach(person -> names.add(person.get("name").asText()));
            for (Path file : topicFiles) {
                JsonNode tree = YAML.readTree(file.toFile());
                topics.addAll((ArrayNode) (tree.isArray() ? tree : tree.get("topics")));
                for (JsonNode person : tree.path("people")) {
                    if (names.add(person.get("name").asText())) {
                        people.add(person);
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The topics of the shipped file and of {@code topicFiles}, read and checked as {@code run} reads them. */
    public static List<Topic> topics(List<Path> topicFiles) {
        return load(with(topicFiles), Map.of()).topics();
    }

    /** Loads {@code tree} with {@code environment} from a file in a directory of its own, removed after. */
    public static Config load(ObjectNode tree, Map<String, String> environment) {
        try {
            Path dir = Files.createTempDirectory("talkwatch-config");
            try {
                return load(tree, dir, environment);
            } finally {
                Files.deleteIfExists(dir.resolve("talkwatch.yml"));
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code tree} to {@code dir/talkwatch.yml} and loads it with {@code environment}. */
    public static Config load(ObjectNode tree, Path dir, Map<String, String> environment) {
        Path file = dir.resolve("talkwatch.yml");
        try {
            YAML.writeValue(file.toFile(), tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConfigLoader(environment).load(file);
    }
}
