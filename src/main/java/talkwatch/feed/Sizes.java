package talkwatch.feed;

import java.time.Duration;

/** Human wording for limits in reasons: "5 MB", "64 KB", "20 s", "300 ms". */
final class Sizes {
    private Sizes() {}

    static String bytes(long n) {
        if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
            return n / (1024 * 1024) + " MB";
        }
        if (n >= 1024 && n % 1024 == 0) {
            return n / 1024 + " KB";
        }
        return n + " bytes";
    }

    static String duration(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
