package talkwatch.store;

import java.time.Instant;

/** One finished poll cycle over all feeds. */
public record PollRun(Instant startedAt, Instant finishedAt, int feedsOk, int feedsFailed, int newItems, int queued) {}
