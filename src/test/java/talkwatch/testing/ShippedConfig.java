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
import java.util.List;
import java.util.Map;
import talkwatch.config.Config;
import talkwatch.config.ConfigLoader;
import talkwatch.match.Topic;

/**
 * The shipped configuration ({@code config/talkwatch.yml}) as a YAML tree, with the topics of other files after its
 * own: each file a YAML list of topics, as written under {@code topics:} (a topic an operator wrote for a track the
 * shipped file does not follow).
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
            for (Path file : topicFiles) {
                for (JsonNode topic : YAML.readTree(file.toFile())) {
                    topics.add(topic);
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The topics of the shipped file and of {@code topicFiles}, read and checked as {@code run} reads them. */
    public static List<Topic> topics(List<Path> topicFiles) {
        try {
            Path dir = Files.createTempDirectory("topics");
            return load(with(topicFiles), dir, Map.of()).topics();
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
