package talkwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import talkwatch.poll.FeedReport;
import talkwatch.poll.PollReport;

/**
 * {@code poll-once --json}: one JSON object on one line, {@code {"feeds":[{"id","status","items","new","error"}],
 * "durationMs"}}. {@code error} appears only with status {@code error}; a feed not due yet has status
 * {@code skipped} and {@code next}, the ISO-8601 time it may be fetched again.
 */
final class PollJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PollJson() {}

    static String of(PollReport report) {
        List<Map<String, Object>> feeds =
                report.feeds().stream().map(PollJson::feed).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("feeds", feeds);
        json.put("durationMs", report.duration().toMillis());
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> feed(FeedReport feed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", feed.feedId());
        json.put("status", feed.status());
        json.put("items", feed.items());
        json.put("new", feed.fresh());
        feed.error().ifPresent(error -> json.put("error", error));
        feed.next().ifPresent(next -> json.put("next", next.toString()));
        return json;
    }
}
