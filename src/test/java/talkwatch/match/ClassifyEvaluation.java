package talkwatch.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import talkwatch.testing.ShippedConfig;

/**
 * Precision and recall of the shipped topics ({@code config/talkwatch.yml}) on labelled headlines in
 * {@code src/test/resources/classify/}: {@code headlines.tsv} by default, or the set named as argument
 * ({@code heldout.tsv}), with the topics of each {@code --topics FILE} (a YAML list, as under {@code topics:}) after the
 * shipped ones. Run with {@code mvn -q -B test-compile exec:exec -Dexec.executable=java
 * -Dexec.args="-cp %classpath talkwatch.match.ClassifyEvaluation [--topics FILE]... [heldout.tsv]"}.
 */
public final class ClassifyEvaluation {

    /** One labelled item: the topic ids it should get, its headline and lead. */
    record Item(int line, Set<String> expected, String headline, String lead) {}

    /** Counts for one topic. */
    record Score(String topic, int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        double recall() {
            int relevant = truePositives + falseNegatives;
            return relevant == 0 ? 1.0 : (double) truePositives / relevant;
        }
    }

    /** The outcome: a score per topic and a line per wrongly classified item. */
    record Result(int items, List<Score> scores, List<String> mistakes) {}

    public static void main(String[] args) {
        List<Path> topicFiles = new ArrayList<>();
        String set = "headlines.tsv";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--topics")) {
                topicFiles.add(Path.of(args[++i]));
            } else {
                set = args[i];
            }
        }
        Result result = evaluate(set, ShippedConfig.topics(topicFiles));
        System.out.printf("%s: %d labelled items%n%n", set, result.items());
        System.out.println("| topic | relevant | found | correct | precision | recall |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (Score s : result.scores()) {
            System.out.printf(
                    "| %s | %d | %d | %d | %.3f | %.3f |%n",
                    s.topic(),
                    s.truePositives() + s.falseNegatives(),
                    s.truePositives() + s.falsePositives(),
                    s.truePositives(),
                    s.precision(),
                    s.recall());
        }
        if (!result.mistakes().isEmpty()) {
            System.out.println();
            result.mistakes().forEach(System.out::println);
        }
    }

    static Result evaluate(String set) {
        return evaluate(set, ShippedConfig.topics(List.of()));
    }

    /** Over {@code set} with {@code topics}. */
    static Result evaluate(String set, List<Topic> topics) {
        TopicMatcher matcher = new TopicMatcher(topics);
        Map<String, int[]> counts = new LinkedHashMap<>();
        topics.forEach(t -> counts.put(t.id(), new int[3]));
        List<String> mistakes = new ArrayList<>();
        List<Item> items = items(set);
        for (Item item : items) {
            Set<String> found = new TreeSet<>();
            matcher.match(item.headline(), item.lead()).forEach(t -> found.add(t.id()));
            for (String topic : counts.keySet()) {
                boolean expected = item.expected().contains(topic);
                boolean got = found.contains(topic);
                int[] c = counts.get(topic);
                if (expected && got) {
                    c[0]++;
                } else if (got) {
                    c[1]++;
                } else if (expected) {
                    c[2]++;
                }
            }
            if (!found.equals(item.expected())) {
                mistakes.add("line " + item.line() + ": expected " + ids(item.expected()) + ", got " + ids(found) + ": "
                        + item.headline());
            }
        }
        List<Score> scores = counts.entrySet().stream()
                .map(e -> new Score(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
        return new Result(items.size(), scores, mistakes);
    }

    static List<Item> items(String set) {
        try (InputStream in = ClassifyEvaluation.class.getResourceAsStream("/classify/" + set)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] columns = lines[i].split("\t");
                if (columns.length != 3) {
                    throw new IllegalStateException(set + " line " + (i + 1) + ": expected 3 columns");
                }
                Set<String> expected =
                        columns[0].equals("-") ? Set.of() : new TreeSet<>(Arrays.asList(columns[0].split(",")));
                items.add(new Item(i + 1, expected, columns[1], columns[2]));
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ids(Set<String> ids) {
        return ids.isEmpty() ? "-" : String.join(",", ids);
    }
}
