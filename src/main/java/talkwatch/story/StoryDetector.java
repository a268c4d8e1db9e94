package talkwatch.story;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an article reports a story already seen within a time window, from another outlet or the same:
 * whether it repeats the story's first report, the one subscribers got, and none of the story's reports sets it apart.
 *
 * <p>Two reports are taken for one story when the smaller one's terms are mostly found in the other (overlap
 * coefficient |A∩B| / min(|A|,|B|) at least {@link #SAME_STORY_OVERLAP}, so a truncated copy, a headline with its
 * first sentence, still matches its full version), and still by {@link #SAME_STORY_RARE_OVERLAP} when each term
 * weighs by its rarity among recent stories ({@link TermRarity}); two reports of the same phase of the same numbered
 * round need only {@link #SAME_EVENT_OVERLAP}. Details set reports apart: both state ordinals and share none (the
 * fourteenth and the fifteenth round), or neither does and both state cardinals and share none (six and four
 * victims), or one headline reports a start and the other an end or the next event (the opening and the close of one
 * round; the date set for the next round and its opening), or one reports the course of the talks and the other news
 * beside it ({@link EventKind}: an exchange of detainees on the sidelines of a round, a threat to boycott the next),
 * or both report news beside it of different kinds. Successive events of the same talks share most of their words;
 * it is the details that tell them apart.
 *
 * <p>Stateless and thread-safe; the caller supplies the recent stories, e.g. from the store.
 */
public final class StoryDetector {

    /** The overlap from which two reports are one story; chosen on the story set, see docs/BENCHMARKS.md. */
    static final double SAME_STORY_OVERLAP = 0.4;
    /**
     * The overlap, with terms weighed by {@link TermRarity}, from which two reports are one story, besides {@link
     * #SAME_STORY_OVERLAP}; chosen on the held-out sets up to heldout11.tsv, see docs/BENCHMARKS.md.
     */
    static final double SAME_STORY_RARE_OVERLAP = 0.35;
    /**
     * The overlap from which two reports of the same event (the same phase of the same numbered round, the opening
     * of the 22nd round, with nothing beside it) are one story, without the rare-term test: their phase and number say
     * what shared names cannot. Chosen on the held-out sets up to heldout15.tsv, see docs/BENCHMARKS.md.
     */
    static final double SAME_EVENT_OVERLAP = 0.3;

    private final Duration window;
    private final double threshold;
    private final double rareThreshold;

    /** @param window how far apart two reports of one story may be published */
    public StoryDetector(Duration window) {
        this(window, SAME_STORY_OVERLAP, SAME_STORY_RARE_OVERLAP);
    }

    StoryDetector(Duration window, double threshold, double rareThreshold) {
        this.window = Objects.requireNonNull(window, "window");
        this.threshold = threshold;
        this.rareThreshold = rareThreshold;
    }

    public Duration window() {
        return window;
    }

    /** The overlap from which {@code article} may repeat {@code report}. */
    double threshold(StorySignature article, StorySignature report) {
        return sameEvent(article, report) ? SAME_EVENT_OVERLAP : threshold;
    }

    /**
     * A report of a story already seen.
     *
     * @param storyId the story: its first report's article id
     * @param articleId the report's article id
     * @param told whether the report has a message of its own (its story's first, or a follow-up): only such a report
     *     is repeated
     */
    public record Seen(long storyId, long articleId, StorySignature signature, boolean told) {

        /** A report of story {@code storyId}, told in a message of its own or not, whose article is not known. */
        public Seen(long storyId, StorySignature signature, boolean told) {
            this(storyId, storyId, signature, told);
        }

        /** The first report of a story. */
        public Seen(long storyId, StorySignature signature) {
            this(storyId, storyId, signature, true);
        }
    }

    /**
     * The story among {@code recent} that {@code article} reports too (the one whose first report is most similar),
     * if any.
     */
    public Optional<Long> storyOf(StorySignature article, List<Seen> recent) {
        int[] shared = new int[recent.size()];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = sharedTerms(article, recent.get(i).signature());
        }
        return storyOf(article, recent, shared, TermRarity.among(recent));
    }

    /** The story {@code article} repeats, as {@link #repeated}: its id. */
    Optional<Long> storyOf(StorySignature article, List<Seen> recent, int[] sharedTerms, TermRarity rarity) {
        return repeated(article, recent, sharedTerms, rarity).map(Seen::storyId);
    }

    /**
     * The told report among {@code recent} that {@code article} repeats, like {@link #storyOf(StorySignature, List)},
     * when the caller has already counted the terms {@code article} shares with each of {@code recent} ({@code
     * sharedTerms[i]} for {@code recent.get(i)}) and knows how rare terms are, as {@link RecentStories} does over its
     * index.
     */
    Optional<Seen> repeated(StorySignature article, List<Seen> recent, int[] sharedTerms, TermRarity rarity) {
        // An article repeats a story when it repeats the story's first report, the message its subscribers got:
        // matching any report would let reports chain (the date to the arrival to the opening to a day's session, each
        // close to the one before) until one story swallows a round's news. The closest first report wins, unless one
        // of its story's reports sets the article apart (phase, kind, ordinal). Only stories whose first report is
        // close enough are checked, so the check costs little.
        Integer[] order = new Integer[sharedTerms.length];
        double[] overlaps = new double[sharedTerms.length];
        int close = 0;
        for (int i = 0; i < sharedTerms.length; i++) {
            overlaps[i] = overlap(article, recent.get(i).signature(), sharedTerms[i]);
            if (recent.get(i).told() && repeats(article, recent.get(i).signature(), overlaps[i], rarity)) {
                order[close++] = i;
            }
        }
        Arrays.sort(order, 0, close, (x, y) -> Double.compare(overlaps[y], overlaps[x]));
        for (int k = 0; k < close; k++) {
            Seen told = recent.get(order[k]);
            if (!setApart(article, told.storyId(), recent)) {
                return Optional.of(told);
            }
        }
        return Optional.empty();
    }

    private static boolean setApart(StorySignature article, long story, List<Seen> recent) {
        for (Seen seen : recent) {
            if (seen.storyId() == story
                    && (article.phase().contradicts(seen.signature().phase())
                            || otherNews(article, seen.signature())
                            || ordinalsDiffer(article, seen.signature()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code article} repeats {@code report}, which it overlaps by {@code overlap}: nothing sets them apart,
     * and they report the same event, or their terms overlap, also when the rare ones weigh more (the negotiation's
     * own names are in every report).
     */
    private boolean repeats(StorySignature article, StorySignature report, double overlap, TermRarity rarity) {
        if (numbersDiffer(article, report)
                || article.phase().contradicts(report.phase())
                || otherNews(article, report)) {
            return false;
        }
        if (sameEvent(article, report)) {
            return overlap >= SAME_EVENT_OVERLAP;
        }
        return overlap >= threshold && rarity.overlap(article, report) >= rareThreshold;
    }

    /** Both report one phase (start, end, next) of the same numbered round, with no news beside it. */
    static boolean sameEvent(StorySignature a, StorySignature b) {
        return a.phase() != Phase.NONE
                && a.phase() == b.phase()
                && a.kinds().equals(b.kinds())
                && !a.ordinals().isEmpty()
                && a.ordinals().equals(b.ordinals());
    }

    /**
     * One report tells the course of the talks (a start, an end, or the next event with nothing beside it) and the
     * other news beside it, or both tell news beside it, of different kinds. A report that states neither tells
     * nothing either way.
     */
    static boolean otherNews(StorySignature a, StorySignature b) {
        boolean asideA = aside(a);
        boolean asideB = aside(b);
        if (asideA && asideB) {
            return Collections.disjoint(a.kinds(), b.kinds());
        }
        return asideA && course(b) || asideB && course(a);
    }

    /** News beside the talks' course: a kind of event, and no start or end (which would make it the round's own). */
    private static boolean aside(StorySignature report) {
        return !report.kinds().isEmpty() && report.phase() != Phase.START && report.phase() != Phase.END;
    }

    private static boolean course(StorySignature report) {
        return report.phase() != Phase.NONE && !aside(report);
    }

    static double overlap(StorySignature a, StorySignature b) {
        return overlap(a, b, sharedTerms(a, b));
    }

    private static double overlap(StorySignature a, StorySignature b, int sharedTerms) {
        int smaller = Math.min(a.terms().size(), b.terms().size());
        return smaller == 0 ? 0 : (double) sharedTerms / smaller;
    }

    private static int sharedTerms(StorySignature a, StorySignature b) {
        int shared = 0;
        for (String term : a.terms()) {
            if (b.terms().contains(term)) {
                shared++;
            }
        }
        return shared;
    }

    private static boolean ordinalsDiffer(StorySignature a, StorySignature b) {
        return !a.ordinals().isEmpty() && !b.ordinals().isEmpty() && disjoint(a.ordinals(), b.ordinals());
    }

    private static boolean numbersDiffer(StorySignature a, StorySignature b) {
        if (!a.ordinals().isEmpty() && !b.ordinals().isEmpty()) {
            return disjoint(a.ordinals(), b.ordinals());
        }
        return !a.cardinals().isEmpty() && !b.cardinals().isEmpty() && disjoint(a.cardinals(), b.cardinals());
    }

    private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
        for (Integer number : a) {
            if (b.contains(number)) {
                return false;
            }
        }
        return true;
    }
}
