package talkwatch.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 under the EASC protocol ({@code data/easc/README.md}): tokens are runs of letters
 * or digits after removing diacritics and tatweel and folding أ إ آ ٱ → ا, ة → ه, ى → ي; no stemming; a summary is
 * scored against each reference and the scores are averaged.
 */
final class Rouge {

    private Rouge() {}

    /** F1 scores, each in [0, 1]. */
    record Scores(double rouge1, double rouge2, double rougeL) {

        static Scores mean(List<Scores> all) {
            return new Scores(
                    all.stream().mapToDouble(Scores::rouge1).average().orElse(0),
                    all.stream().mapToDouble(Scores::rouge2).average().orElse(0),
                    all.stream().mapToDouble(Scores::rougeL).average().orElse(0));
        }
    }

    static Scores score(String summary, List<String> references) {
        List<String> candidate = tokens(summary);
        return Scores.mean(references.stream()
                .map(reference -> score(candidate, tokens(reference)))
                .toList());
    }

    static Scores score(List<String> candidate, List<String> reference) {
        return new Scores(
                ngramF1(candidate, reference, 1), ngramF1(candidate, reference, 2), lcsF1(candidate, reference));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                token.append(fold(c));
            } else if (token.length() > 0) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        return tokens;
    }

    private static char fold(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى' -> 'ي';
            default -> c;
        };
    }

    private static double ngramF1(List<String> candidate, List<String> reference, int n) {
        Map<String, Integer> referenceCounts = ngrams(reference, n);
        Map<String, Integer> candidateCounts = ngrams(candidate, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : candidateCounts.entrySet()) {
            overlap += Math.min(entry.getValue(), referenceCounts.getOrDefault(entry.getKey(), 0));
        }
        return f1(overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    private static double lcsF1(List<String> candidate, List<String> reference) {
        int[] previous = new int[reference.size() + 1];
        for (String token : candidate) {
            int[] current = new int[reference.size() + 1];
            for (int j = 1; j <= reference.size(); j++) {
                current[j] = token.equals(reference.get(j - 1))
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            previous = current;
        }
        return f1(previous[reference.size()], candidate.size(), reference.size());
    }

    private static double f1(int overlap, int candidateSize, int referenceSize) {
        if (overlap == 0) {
            return 0;
        }
        double precision = (double) overlap / candidateSize;
        double recall = (double) overlap / referenceSize;
        return 2 * precision * recall / (precision + recall);
    }
}
