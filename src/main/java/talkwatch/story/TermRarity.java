package talkwatch.story;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * How much a shared term says that two reports tell one story: the fewer recent stories hold it, the more. Every
 * report about one negotiation shares its names (the parties, the mediators, the city, «talks»); what tells one of its
 * stories from another is the rest. A term's weight is its inverse story frequency, ln((n + 2) / (holders + 1.5)),
 * with {@code n} the recent stories and {@code holders} those among them holding the term (the article being judged
 * counted as one more story holding it).
 */
final class TermRarity {

    private final int stories;
    private final ToIntFunction<String> holders;

    private TermRarity(int stories, ToIntFunction<String> holders) {
        this.stories = stories;
        this.holders = holders;
    }

    /** Over {@code stories} stories, of which {@code holders} gives how many hold a term. */
    static TermRarity over(int stories, ToIntFunction<String> holders) {
        return new TermRarity(stories, holders);
    }

    /** Over the stories of {@code reports}. */
    static TermRarity among(List<StoryDetector.Seen> reports) {
        Map<Long, Set<String>> termsByStory = new HashMap<>();
        for (StoryDetector.Seen seen : reports) {
            termsByStory
                    .computeIfAbsent(seen.storyId(), id -> new HashSet<>())
                    .addAll(seen.signature().terms());
        }
        Map<String, Integer> holders = new HashMap<>();
        termsByStory.values().forEach(terms -> terms.forEach(term -> holders.merge(term, 1, Integer::sum)));
        return new TermRarity(termsByStory.size(), term -> holders.getOrDefault(term, 0));
    }

    double weight(String term) {
        return Math.log((stories + 2.0) / (holders.applyAsInt(term) + 1.5));
    }

    /**
     * The overlap coefficient of {@code a} and {@code b} with each term weighed by its rarity: the weight of the
     * shared terms over the smaller of the two reports' weights.
     */
    double overlap(StorySignature a, StorySignature b) {
        double weightOfA = 0;
        double shared = 0;
        for (String term : a.terms()) {
            double weight = weight(term);
            weightOfA += weight;
            if (b.terms().contains(term)) {
                shared += weight;
            }
        }
        double weightOfB = 0;
        for (String term : b.terms()) {
            weightOfB += weight(term);
        }
        double smaller = Math.min(weightOfA, weightOfB);
        return smaller <= 0 ? 0 : shared / smaller;
    }
}
