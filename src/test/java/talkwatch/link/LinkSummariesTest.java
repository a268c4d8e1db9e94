package talkwatch.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import talkwatch.testing.TestClock;

class LinkSummariesTest {

    @Test
    void takesHttpLinksAndThoseStartingWwwAndNothingElse() {
        assertThat(LinkSummaries.link(" https://www.aljazeera.net/news/2026/11/30/astana ")
                        .map(URI::toString))
                .contains("https://www.aljazeera.net/news/2026/11/30/astana");
        assertThat(LinkSummaries.link("www.enabbaladi.net/archives/1").map(URI::toString))
                .contains("https://www.enabbaladi.net/archives/1");
        for (String text : new String[] {
            "مرحبا.",
            "ما الجديد في أستانا؟",
            "ftp://example.org/f",
            "javascript:alert(1)",
            "https://example.org/a https://example.org/b",
            ""
        }) {
            assertThat(LinkSummaries.link(text)).as(text).isEmpty();
        }
    }

    @Test
    void forgetsAnAnswerAfterAnHour() {
        TestClock clock = new TestClock(Instant.parse("2026-11-30T09:00:00Z"));
        AnswerCache cache = new AnswerCache(clock);
        LinkSummaries.Answer answer = new LinkSummaries.Answer.Refused(LinkSummaries.Refusal.NO_TEXT, "no text");
        cache.put("https://example.org/a", answer);

        clock.advance(Duration.ofMinutes(59));
        assertThat(cache.get("https://example.org/a")).contains(answer);
        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.get("https://example.org/a")).isEmpty();
    }
}
