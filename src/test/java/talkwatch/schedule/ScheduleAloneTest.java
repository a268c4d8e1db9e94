package talkwatch.schedule;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.SchedulerException;
import talkwatch.Stores;
import talkwatch.feed.FeedReader;
import talkwatch.poll.Pipeline;

class ScheduleAloneTest {

    @TempDir
    Path dir;

    @Test
    void refusesASecondScheduleInTheSameProcessUntilTheFirstIsClosed() throws Exception {
        Stores stores = Stores.open(dir.resolve("talkwatch.db"), Clock.systemUTC());
        Pipeline pipeline = new Pipeline(
                List.of(),
                new FeedReader(FeedReader.Options.defaults()),
                List.of(),
                3,
                stores.articles(),
                stores.feedStates(),
                () -> {},
                Clock.systemUTC());
        Duration hour = Duration.ofHours(1);
        Duration keep = Duration.ofDays(90);

        try (Schedule first = new Schedule(pipeline, hour, stores.retention(), keep)) {
            first.start();
            // Quartz's factory would hand the first one back, and the second would take over its jobs.
            assertThatThrownBy(() -> new Schedule(pipeline, hour, stores.retention(), keep))
                    .isInstanceOf(SchedulerException.class)
                    .hasMessage("a talkwatch schedule already runs in this process; close it first");
        }
        new Schedule(pipeline, hour, stores.retention(), keep).close();
    }
}
