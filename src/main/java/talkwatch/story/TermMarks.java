package talkwatch.story;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Small int ids for the terms of {@link RecentStories}, and a mark per id for the terms of the article being judged,
 * so that counting the terms a report shares with the article costs one array read per term of the report (an
 * article is judged against up to 400 reports of about 60 terms each).
 *
 * <p>An id is reused once its term has left memory. Marks are cleared in constant time by moving to a new stamp. Not
 * thread-safe, like {@link RecentStories}.
 */
final class TermMarks {

    private final Deque<Integer> freeIds = new ArrayDeque<>();
    private int nextId;
    private int[] stampOf = new int[1024];
    private int stamp = 1;

    int newId() {
        if (!freeIds.isEmpty()) {
            return freeIds.pop();
        }
        if (nextId == stampOf.length) {
            stampOf = Arrays.copyOf(stampOf, stampOf.length * 2);
        }
        return nextId++;
    }

    /** Makes {@code id} available again; no report may hold it any more. */
    void freeId(int id) {
        stampOf[id] = 0;
        freeIds.push(id);
    }

    /** Unmarks every id. */
    void clear() {
        stamp++;
        if (stamp == 0) { // wrapped around after 2^32 articles: old stamps could match again
            Arrays.fill(stampOf, 0);
            stamp = 1;
        }
    }

    void mark(int id) {
        stampOf[id] = stamp;
    }

    /** How many of {@code ids} are marked. */
    int countMarked(int[] ids) {
        int marked = 0;
        for (int id : ids) {
            if (stampOf[id] == stamp) {
                marked++;
            }
        }
        return marked;
    }
}
