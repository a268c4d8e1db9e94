package talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import talkwatch.poll.FeedReport;
import talkwatch.poll.PollReport;

class PollJsonTest {

    @Test
    void printsOneObjectWithAnErrorOnlyForErrorsAndTheNextTimeOnlyForSkippedFeeds() {
        PollReport report = new PollReport(
                List.of(
                        new FeedReport("bbc-arabic", "ok", 30, 2, 4, Optional.empty()),
                        new FeedReport("sana", "not_modified", 0, 0, 0, Optional.empty()),
                        new FeedReport("enab", "error", 0, 0, 0, Optional.of("timed out after 20 s")),
                        new FeedReport(
                                "slow",
                                "skipped",
                                0,
                                0,
                                0,
                                Optional.empty(),
                                Optional.of(Instant.parse("2026-11-29T10:40:00Z")))),
                Duration.ofMillis(1834));

        assertThat(PollJson.of(report))
                .isEqualTo("{\"feeds\":["
                        + "{\"id\":\"bbc-arabic\",\"status\":\"ok\",\"items\":30,\"new\":2},"
                        + "{\"id\":\"sana\",\"status\":\"not_modified\",\"items\":0,\"new\":0},"
                        + "{\"id\":\"enab\",\"status\":\"error\",\"items\":0,\"new\":0,\"error\":\"timed out after 20 s\"},"
                        + "{\"id\":\"slow\",\"status\":\"skipped\",\"items\":0,\"new\":0,\"next\":\"2026-11-29T10:40:00Z\"}"
                        + "],\"durationMs\":1834}");
        assertThat(report.describe())
                .contains("slow        skipped       not due before 2026-11-29 10:40:00 UTC\n")
                .endsWith("4 feeds, 1 skipped, 1 failed, 2 new articles, 4 deliveries queued, in 1.8 s\n");
    }
}
