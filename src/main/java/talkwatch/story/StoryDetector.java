package talkwatch.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import talkwatch.store.StoryNote;

/**
 * Decides how an article reaches the subscribers of its topics, given the stories seen within a time window: as a
 * story of its own (a message that rings), as a follow-up of a story told already (a silent reply to it), or as a
 * repeat of a message told already (its outlet named under that message).
 *
 * <p>An article is compared with the reports told in messages of their own (each story's first report, and its
 * follow-ups): {@link Retelling} gives the odds that it retells one. From {@link #REPEAT_ODDS} it is a repeat of the
 * likeliest; from {@link #FOLLOW_UP_ODDS}, a follow-up of its story: it probably tells that story again, with something
 * of its own, and it comes without a sound, so a new story taken for one is not lost; below, a story of its own. A
 * follow-up whose news a second outlet tells rings then: a follow-up that the article repeats, when the first report of
 * its story would not even take the article for a follow-up, is not the article's story. A report of the story that
 * sets the article apart (another phase, news beside it) makes it at most a follow-up, and so does a meeting of other
 * people than the likeliest's ({@link Meeting}: «بومبيو يلتقي وفد طالبان», then «بومبيو يلتقي الوفد الحكومي
 * الأفغاني»). One that tells the same phase of another round (the fourteenth round's opening, the
 * fifteenth's) makes it a story of its own, and so does a reaction by another state or body than the report's
 * ({@link Reaction}: «الإمارات ترحب…» after «الرياض ترحب…»). Three bands instead of two: what only probably repeats a
 * story costs a silent message, not a lost story or a second ring.
 *
 * <p>Stateless and thread-safe; the caller supplies the recent stories, e.g. from the store.
 */
public final class StoryDetector {

    /**
     * The odds from which an article repeats a told report; chosen on the 238 weeks before {@code final40}, each told
     * with the weights fitted on the others (docs/BENCHMARKS.md, "Sixteenth round").
     */
    static final double REPEAT_ODDS = 0.7;
    /** The odds from which an article follows up a story; chosen with {@link #REPEAT_ODDS}. */
    static final double FOLLOW_UP_ODDS = 0.425;
    /** How far apart two reports of one story may be, by default: the window the weights and bands were chosen for. */
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    /** Reports that share less than this part of the smaller one's terms are never one story (none of the dev weeks'). */
    static final double MIN_OVERLAP = 0.1;

    private final Duration window;
    private final double[] weights;
    private final double repeatOdds;
    private final double followUpOdds;

    /** @param window how far apart two reports of one story may be published */
    public StoryDetector(Duration window) {
        this(window, Retelling.WEIGHTS, REPEAT_ODDS, FOLLOW_UP_ODDS);
    }

    /** With other weights and bands, for the tools that choose them. */
    StoryDetector(Duration window, double[] weights, double repeatOdds, double followUpOdds) {
        this.window = Objects.requireNonNull(window, "window");
        this.weights = weights.clone();
        this.repeatOdds = repeatOdds;
        this.followUpOdds = followUpOdds;
    }

    public Duration window() {
        return window;
    }

    /**
     * A report of a story already seen.
     *
     * @param storyId the story: its first report's article id
     * @param articleId the report's article id
     * @param told whether the report has a message of its own (its story's first, or a follow-up): only such a report
     *     is repeated or followed up
     * @param published when it was published; empty when not known (taken as the article's time)
     */
    public record Seen(
            long storyId, long articleId, StorySignature signature, boolean told, Optional<Instant> published) {

        /** A report of story {@code storyId}, told in a message of its own or not, whose article is not known. */
        public Seen(long storyId, StorySignature signature, boolean told) {
            this(storyId, storyId, signature, told, Optional.empty());
        }

        /** The first report of a story. */
        public Seen(long storyId, StorySignature signature) {
            this(storyId, signature, true);
        }
    }

    /**
     * How an article reaches its subscribers.
     *
     * @param telling a story of its own, a follow-up, or a repeat
     * @param told the told report it follows up (its story) or repeats; empty for a story of its own
     * @param odds the odds that it retells {@code told}
     * @param promoted for a story of its own, the follow-up whose news it tells, which came silently under another
     *     story: lists show that follow-up's outlet with the article's story, no longer with the other
     */
    public record Verdict(StoryNote.Telling telling, Optional<Seen> told, double odds, Optional<Seen> promoted) {

        static final Verdict NEW = new Verdict(StoryNote.Telling.NEW, Optional.empty(), 0);

        /** A verdict that promotes no follow-up. */
        public Verdict(StoryNote.Telling telling, Optional<Seen> told, double odds) {
            this(telling, told, odds, Optional.empty());
        }

        /** A story of its own that tells the news of {@code followUp}, which came silently under another story. */
        static Verdict promoting(Seen followUp) {
            return new Verdict(StoryNote.Telling.NEW, Optional.empty(), 0, Optional.of(followUp));
        }
    }

    /** The verdict on {@code article}, published at {@code at}, given {@code recent} reports. */
    public Verdict judge(StorySignature article, Instant at, List<Seen> recent) {
        return judge(article, at, recent, TermRarity.among(recent));
    }

    /** The verdict on {@code article}, published at {@code at}, given {@code recent} reports and how rare terms are. */
    Verdict judge(StorySignature article, Instant at, List<Seen> recent, TermRarity rarity) {
        LeadGrams grams = LeadGrams.of(article.lead());
        Set<Long> storiesOfOutlet = storiesOf(article.outlet(), recent);
        List<Candidate> candidates = new ArrayList<>();
        Map<Long, Double> oddsOfFirstReports = new HashMap<>();
        for (Seen seen : recent) {
            if (!seen.told()) {
                continue;
            }
            double odds = 0;
            if (overlap(article, seen.signature()) >= MIN_OVERLAP
                    && !anotherRound(article, seen.storyId(), recent)
                    && !Reaction.others(article, seen.signature())) {
                Duration apart = Duration.between(seen.published().orElse(at), at);
                boolean outletTold = storiesOfOutlet.contains(seen.storyId());
                odds = Retelling.odds(
                        Retelling.evidence(article, grams, seen.signature(), apart, rarity, outletTold), weights);
                candidates.add(new Candidate(seen, odds));
            }
            if (seen.articleId() == seen.storyId()) {
                oddsOfFirstReports.put(seen.storyId(), odds);
            }
        }
        Candidate likeliest = null;
        Candidate promoted = null;
        for (Candidate candidate : candidates) {
            if (tellsAFollowUpsOwnNews(candidate, oddsOfFirstReports)) {
                if (promoted == null || candidate.odds() > promoted.odds()) {
                    promoted = candidate;
                }
            } else if (likeliest == null || candidate.odds() > likeliest.odds()) {
                likeliest = candidate;
            }
        }
        if (likeliest == null || likeliest.odds() < followUpOdds) {
            return promoted == null ? Verdict.NEW : Verdict.promoting(promoted.seen());
        }
        Seen told = likeliest.seen();
        boolean repeat = likeliest.odds() >= repeatOdds
                && !setApart(article, told.storyId(), recent)
                && !otherSpeakers(article, told.signature())
                && !Meeting.others(article, told.signature());
        return new Verdict(
                repeat ? StoryNote.Telling.REPEAT : StoryNote.Telling.FOLLOW_UP, Optional.of(told), likeliest.odds());
    }

    /** A told report the article was compared with, and the odds that it retells it. */
    private record Candidate(Seen seen, double odds) {}

    /**
     * The article repeats a follow-up, but its story's first report would not even take the article for a follow-up:
     * it tells the follow-up's own news, which came silently, not that story. Such a follow-up is not the article's
     * story; with nothing else like it, the article is a story of its own, and rings («شويغو: لن تكون هناك عملية
     * عسكرية على إدلب», silent under the summit's opening, then «شويغو يستبعد عملية عسكرية…» from another outlet), and
     * the follow-up's news is listed with it ({@link Verdict#promoted}).
     *
     * @param oddsOfFirstReports the odds that the article retells each story's first report among the recent ones (0
     *     when it was not compared with it: another round, another reactor, too few terms shared)
     */
    private boolean tellsAFollowUpsOwnNews(Candidate candidate, Map<Long, Double> oddsOfFirstReports) {
        Seen seen = candidate.seen();
        return seen.articleId() != seen.storyId()
                && candidate.odds() >= repeatOdds
                && oddsOfFirstReports.getOrDefault(seen.storyId(), 1.0) < followUpOdds;
    }

    /** The stories {@code outlet} brought a report of already, among {@code recent}; none for an unknown outlet. */
    private static Set<Long> storiesOf(String outlet, List<Seen> recent) {
        Set<Long> stories = new HashSet<>();
        if (!outlet.isEmpty()) {
            for (Seen seen : recent) {
                if (outlet.equals(seen.signature().outlet())) {
                    stories.add(seen.storyId());
                }
            }
        }
        return stories;
    }

    /** The story {@code article} repeats or follows up, if any: its id. */
    public Optional<Long> storyOf(StorySignature article, List<Seen> recent) {
        return judge(article, Instant.EPOCH, recent).told().map(Seen::storyId);
    }

    /** Whether one of the story's reports reports another phase, or news beside it. */
    private static boolean setApart(StorySignature article, long story, List<Seen> recent) {
        for (Seen seen : recent) {
            if (seen.storyId() == story
                    && (article.phase().contradicts(seen.signature().phase())
                            || otherNews(article, seen.signature()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Both headlines open with who speaks («الكزبري: …», «البحرة: …»), people of the configuration, and not the same:
     * one's words are not the other's, whatever they share.
     */
    private static boolean otherSpeakers(StorySignature a, StorySignature b) {
        return !a.speaker().isEmpty()
                && !b.speaker().isEmpty()
                && !a.actors().isEmpty()
                && !b.actors().isEmpty()
                && Collections.disjoint(a.actors(), b.actors());
    }

    /**
     * Whether one of the story's reports tells the same phase of another round (the fourteenth round's opening, the
     * fifteenth's): another event.
     */
    private static boolean anotherRound(StorySignature article, long story, List<Seen> recent) {
        for (Seen seen : recent) {
            if (seen.storyId() == story
                    && article.phase() != Phase.NONE
                    && article.phase() == seen.signature().phase()
                    && ordinalsDiffer(article, seen.signature())) {
                return true;
            }
        }
        return false;
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

    /** The share of the smaller report's terms found in the other: |A∩B| / min(|A|,|B|). */
    static double overlap(StorySignature a, StorySignature b) {
        int smaller = Math.min(a.terms().size(), b.terms().size());
        if (smaller == 0) {
            return 0;
        }
        int shared = 0;
        for (String term : a.terms()) {
            if (b.terms().contains(term)) {
                shared++;
            }
        }
        return (double) shared / smaller;
    }

    static boolean ordinalsDiffer(StorySignature a, StorySignature b) {
        return !a.ordinals().isEmpty() && !b.ordinals().isEmpty() && disjoint(a.ordinals(), b.ordinals());
    }

    /** Their rounds differ (both state ordinals, none shared), or, stating none, their counts. */
    static boolean numbersDiffer(StorySignature a, StorySignature b) {
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
