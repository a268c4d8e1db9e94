package talkwatch.story;

import java.util.Arrays;

/**
 * The character 4-grams of a report's headline and first sentence (spaces included, so that word ends and starts
 * count), as sorted distinct hashes: outlets that tell one event in other words still share most of its names and word
 * roots, whatever the clitics and endings around them.
 */
final class LeadGrams {

    private static final int N = 4;
    private final int[] hashes;

    private LeadGrams(int[] hashes) {
        this.hashes = hashes;
    }

    static LeadGrams of(String lead) {
        int count = Math.max(0, lead.length() - N + 1);
        int[] hashes = new int[count];
        for (int i = 0; i < count; i++) {
            int hash = 0;
            for (int k = i; k < i + N; k++) {
                hash = 31 * hash + lead.charAt(k);
            }
            hashes[i] = hash;
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || hashes[distinct - 1] != hashes[i]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return new LeadGrams(Arrays.copyOf(hashes, distinct));
    }

    /** Shared grams over all the grams of either: 0 when one has none. */
    double jaccard(LeadGrams other) {
        int[] a = hashes;
        int[] b = other.hashes;
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }
}
