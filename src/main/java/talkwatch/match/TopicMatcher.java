package talkwatch.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import talkwatch.arabic.SentenceSplitter;

/**
 * Picks the topics an article belongs to.
 *
 * <p>A topic matches when
 *
 * <ol>
 *   <li>one of its keywords occurs in the title, or in a sentence of the text that also holds one of its
 *       {@code context} terms (any sentence when the topic has no context list): a headline names what the
 *       article is about, while a name in the text is often a passing mention (a city, a club), and
 *   <li>if its {@code context} list is not empty, one of the context terms occurs in the title or the text, and
 *   <li>if its {@code about} list is not empty, one of the about terms occurs in the title or the text, or a context
 *       term is directly followed by a keyword: {@code محادثات أستانا}, {@code اتفاق سوتشي} name the talks themselves
 *       (not a keyword whose city hosts other talks too, one of {@link Topic#sharedVenues}: {@code محادثات جنيف} may
 *       be on Sudan), and
 *   <li>none of its {@code exclude} terms occurs in the title or the text.
 * </ol>
 *
 * <p>A headline that names no other topic's keyword may name the talks by one of their {@link Topic#ownNames own names}
 * («اللجنة الدستورية») or {@link Topic#people people} (by name, alias or role: «بيدرسن»، «المبعوث الأممي»; or by name
 * or alias in the text's first sentence, where a title may be anyone's): it stands for a keyword there. Then rule 3
 * needs an about term outside the words that named the talks (the committee's news names Syria, its co-chairs or the
 * envoy; a Libyan constitutional committee names none; «الأوكراني» in «الوفد الأوكراني» says nothing besides the
 * delegation), or, for people, a second person of the track (two of its negotiators together are its news); rule 2
 * needs a context term outside the person's titles, and nothing for an own name, which names talks by itself, nor for a
 * mediator named by name (a person whose title is an envoy's, a mediator's or a facilitator's: their work is talks).
 * A headline on two states' own relations (العلاقات الثنائية، التعاون بين البلدين) is not named the talks' by a person:
 * «سوسان يبحث مع السفير الصيني تعزيز التعاون الثنائي» is the deputy minister's other office.
 * Each way is tried on its own: a keyword in the text that fails its rule does not stop the people from naming the
 * talks. A headline that names another topic's venue says whose news it is: «البيان الختامي لأستانا يدعو إلى إطلاق
 * عمل اللجنة الدستورية» is Astana's only. A headline that reports violence (قصف، غارات، اشتباكات، قتلى، هجوم،
 * تضرب، تسيطر، سقوط…) and names neither the topic's keywords nor its context is the battle's news: the talks its text
 * names, or one of their people in it, are a mention; unless it calls to stop the violence or reports a breach of a
 * truce (وقف، خرق، انتهاك).
 * So is a headline that opens with the violence and names the talks only after a word of time or backdrop (رغم، وسط،
 * غداة، عشية، بعد، بالتزامن مع…): in «معارك عنيفة في حجة بالتزامن مع مشاورات السويد» the talks date the battle.
 * So is a headline or first sentence that names the UN's human-rights or refugee bodies in Geneva ({@link
 * #GENEVA_BODIES}), and a headline on a summit of many states that names the talks by none of their names ({@link
 * #SUMMITS}): the body's session, the summit, is the news, whichever talks share the city or the communiqué.
 *
 * <p>So a keyword in the title needs its context anywhere, a keyword found only in the text needs it in the same
 * sentence. {@code context} says that the article is about talks (محادثات، جولة، وفد، الدول الضامنة),
 * {@code about} says which talks (سوريا، بيدرسن، اللجنة الدستورية): talks on other matters in the same city, and
 * news from the city that merely names the country, match neither pair.
 *
 * <p>Terms are compared after {@link talkwatch.arabic.ArabicText#normalize normalization} (so hamza forms, ة/ه,
 * ى/ي, diacritics and hashtags do not matter) as whole words, with attached clitics removed: the conjunctions و ف,
 * the prepositions ب ك ل and the article ال, alone or combined ({@code الأستانة}, {@code بأستانا},
 * {@code لمحادثات}, {@code وبأستانا}, {@code #أستانا}). A keyword of several words matches the same words in a
 * row, each allowed its own clitics, only the last a pronoun ({@link Clitics#readsInPhrase}). There is no other
 * stemming: list plural or variant spellings
 * ({@code أستانا}, {@code أستانة}) as separate keywords.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class TopicMatcher {

    /**
     * Words in a person's title that make them a mediator, whose work is talks (not a delegation's head, who has
     * another office: a minister's other news is not the talks').
     */
    private static final List<Phrase> MEDIATION = Stream.of("مبعوث", "مبعوثة", "وسيط", "وسيطة", "ميسر", "ميسرة")
            .map(Phrase::of)
            .toList();

    /**
     * Words of a headline that reports violence: a battle, a strike, the dead, a town taken or fallen (قصف، غارات،
     * اشتباكات، قتلى، تضرب، تسيطر، سقوط…). Not «مسيرة» (a march, a process), only «مسيرات» (drones, or marches: news of
     * the streets either way).
     */
    private static final List<Phrase> VIOLENCE = Stream.of(
                    "قصف",
                    "غارة",
                    "غارات",
                    "اشتباكات",
                    "اشتباك",
                    "معارك",
                    "مواجهات",
                    "قتلى",
                    "قتيل",
                    "مقتل",
                    "شهداء",
                    "جرحى",
                    "هجوم",
                    "هجمات",
                    "تفجير",
                    "انفجار",
                    "قذائف",
                    "تسيطر",
                    "يسيطر",
                    "سيطرت",
                    "تسقط",
                    "سقوط",
                    "سقطت",
                    "تضرب",
                    "يضرب",
                    "ضربة",
                    "ضربات",
                    "البراميل المتفجرة",
                    "براميل متفجرة",
                    "مسيرات")
            .map(Phrase::of)
            .toList();

    /**
     * Words that make violence in a headline the talks' own subject: a call to stop it, or a breach of a truce
     * («يطالب الضامنين بوقف القصف», «خرق للهدنة»).
     */
    private static final List<Phrase> TRUCE = Stream.of("وقف", "خرق", "خروقات", "خرقا", "انتهاك", "انتهاكات")
            .map(Phrase::of)
            .toList();

    /**
     * Words after which a headline names the time or the backdrop of its news, not its subject: «معارك في حجة
     * بالتزامن مع مشاورات السويد», «هجوم بالمسيّرات غداة لقاء إسطنبول», «انفجار يهز كابل وسط اجتماعات المجلس القبلي».
     */
    private static final List<Phrase> BACKDROP = Stream.of(
                    "رغم", "وسط", "غداة", "عشية", "قبيل", "بينما", "التزامن", "تزامنا", "في ظل", "على وقع", "بعد",
                    "قبل", "خلال", "أثناء")
            .map(Phrase::of)
            .toList();

    /**
     * Words of a headline on two states' own relations, their trade or their protocol: a negotiator who meets someone
     * on them («باقري كني في الإمارات لبحث العلاقات الثنائية», «وزير الخارجية اليمني يدعو الشركات الصينية للعودة»،
     * «سوسان يتسلم نسخة عن أوراق اعتماد سفير») holds another office's news, not the talks'.
     */
    private static final List<Phrase> BILATERAL = Stream.of(
                    "العلاقات الثنائية",
                    "التعاون الثنائي",
                    "العلاقات بين البلدين",
                    "التعاون بين البلدين",
                    "التعاون الاقتصادي",
                    "العلاقات الاقتصادية",
                    "أوراق اعتماد",
                    "الشركات")
            .map(Phrase::of)
            .toList();

    /**
     * The UN's human-rights and refugee bodies, which sit in Geneva beside many talks and hear every conflict: named in
     * a headline or its lead («دول غربية تطالب الرياض في جنيف بمحاسبة قتلة خاشقجي» at the Council's periodic review,
     * the refugee agency's chief on the world's displaced), they hold their own session's or agency's news, whichever
     * talks share the city or the countries. Not the Red Cross, which carries out the talks' prisoner exchanges.
     */
    private static final List<Phrase> GENEVA_BODIES = Stream.of(
                    "مجلس حقوق الإنسان",
                    "الاستعراض الدوري الشامل",
                    "مفوضية حقوق الإنسان",
                    "المفوض السامي لحقوق الإنسان",
                    "المفوضة السامية لحقوق الإنسان",
                    "لشؤون اللاجئين",
                    "مفوضية اللاجئين")
            .map(Phrase::of)
            .toList();

    /**
     * Summits of many states, whose communiqués touch every file: named in a headline that names neither the topic's
     * keywords nor its own names, and not as the place of a meeting on their sidelines («على هامش قمة العشرين»), they
     * hold the summit's news («انطلاق القمة الخليجية الـ39 في الرياض», «الرئيس الإيراني يتوجه إلى الصين لحضور قمة
     * شنغهاي»), whichever talks their texts mention.
     */
    private static final List<Phrase> SUMMITS = Stream.of(
                    "القمة العربية",
                    "قمة عربية",
                    "القمة الخليجية",
                    "قمة مجلس التعاون",
                    "مجموعة السبع",
                    "قمة السبع",
                    "مجموعة العشرين",
                    "قمة العشرين",
                    "قمة شنغهاي",
                    "منظمة شنغهاي",
                    "قمة الناتو",
                    "منظمة التعاون الإسلامي",
                    "القمة الإسلامية",
                    "قمة بريكس",
                    "مجموعة بريكس")
            .map(Phrase::of)
            .toList();

    /** «على هامش»: what follows is where a meeting took place, not the news. */
    private static final List<Phrase> SIDELINES =
            Stream.of("هامش", "هوامش").map(Phrase::of).toList();

    private final List<CompiledTopic> topics;

    public TopicMatcher(List<Topic> topics) {
        Objects.requireNonNull(topics, "topics");
        this.topics = topics.stream().map(CompiledTopic::of).toList();
    }

    /** Returns the topics {@code title} and {@code text} belong to, in configuration order. */
    public List<Topic> match(String title, String text) {
        ArticleWords titleWords = new ArticleWords(Objects.requireNonNullElse(title, ""));
        List<ArticleWords> sentences = SentenceSplitter.split(Objects.requireNonNullElse(text, "")).stream()
                .map(ArticleWords::new)
                .toList();
        List<CompiledTopic> namedInTitle = topics.stream()
                .filter(topic -> anyOccurs(topic.keywords(), titleWords))
                .toList();
        List<Topic> matched = new ArrayList<>();
        for (CompiledTopic topic : topics) {
            boolean titleNamesOtherTalks = !namedInTitle.isEmpty() && !namedInTitle.contains(topic);
            if (topic.matches(
                    Objects.requireNonNullElse(title, ""),
                    Objects.requireNonNullElse(text, ""),
                    titleWords,
                    sentences,
                    titleNamesOtherTalks)) {
                matched.add(topic.topic());
            }
        }
        return List.copyOf(matched);
    }

    private static boolean anyOccurs(List<Phrase> phrases, ArticleWords words) {
        return phrases.stream().anyMatch(p -> p.occursIn(words));
    }

    private record CompiledTopic(
            Topic topic,
            List<Phrase> keywords,
            List<Phrase> context,
            List<Phrase> about,
            List<Phrase> names,
            List<Phrase> exclude,
            List<Phrase> ownNames,
            Cast people,
            List<Phrase> personNames,
            List<Phrase> roles,
            List<Phrase> mediatorNames) {

        static CompiledTopic of(Topic topic) {
            List<Phrase> keywords = phrases(topic.keywords());
            List<Phrase> context = phrases(topic.context());
            // a context term followed by a venue only these talks use names them: «مفاوضات مانهاست»; a shared venue is
            // shared in every spelling that reads as it (سوتشي، سوتشى)
            List<List<String>> sharedVenues =
                    phrases(topic.sharedVenues()).stream().map(Phrase::words).toList();
            List<Phrase> ownVenues = keywords.stream()
                    .filter(keyword -> !sharedVenues.contains(keyword.words()))
                    .toList();
            List<Phrase> talksNamed = new ArrayList<>();
            for (Phrase term : context) {
                for (Phrase venue : ownVenues) {
                    talksNamed.add(term.followedBy(venue));
                }
            }
            List<Phrase> about = phrases(topic.about());
            List<Phrase> ownNames = phrases(topic.ownNames());
            // the track's people name it as its own names do; an about term outside their names, and a context term
            // outside their titles («المبعوث الأممي» is one), are needed too
            List<Phrase> personNames = new ArrayList<>();
            List<Phrase> roles = new ArrayList<>();
            List<Phrase> mediatorNames = new ArrayList<>();
            for (Person person : topic.people()) {
                if (person.roles().stream().map(ArticleWords::new).anyMatch(role -> anyOccurs(MEDIATION, role))) {
                    mediatorNames.add(Phrase.of(person.name()));
                    person.aliases().forEach(alias -> mediatorNames.add(Phrase.of(alias)));
                }
                personNames.add(Phrase.of(person.name()));
                person.aliases().forEach(alias -> personNames.add(Phrase.of(alias)));
                person.roles().forEach(role -> roles.add(Phrase.of(role)));
            }
            return new CompiledTopic(
                    topic,
                    keywords,
                    context,
                    about,
                    List.copyOf(talksNamed),
                    phrases(topic.exclude()),
                    ownNames,
                    new Cast(topic.people()),
                    List.copyOf(personNames),
                    List.copyOf(roles),
                    List.copyOf(mediatorNames));
        }

        private static List<Phrase> phrases(List<String> terms) {
            return terms.stream().map(Phrase::of).toList();
        }

        /**
         * Whether the article is news of these talks, by any of the three ways it may name them: a keyword, or, in a
         * title that names no other topic's keyword, an own name or a person.
         *
         * @param titleNamesOtherTalks whether the title holds a keyword of other topics and none of this one's, which
         *     says whose news it is
         */
        boolean matches(
                String titleText,
                String text,
                ArticleWords title,
                List<ArticleWords> sentences,
                boolean titleNamesOtherTalks) {
            if (occursAnywhere(exclude, title, sentences)
                    || inHeadlineOrLead(GENEVA_BODIES, title, sentences)
                    || holdsASummit(title)) {
                return false;
            }
            boolean dated = datesABattle(title);
            boolean battle = dated || reportsABattle(title);
            if (!battle && keywordCounts(title, sentences) && namedByKeyword(title, sentences)) {
                return true;
            }
            return !titleNamesOtherTalks
                    && ((!dated && namedByOwnName(title, sentences))
                            || (!battle && namedByPerson(titleText, text, title, sentences)));
        }

        /**
         * A headline that reports violence and names neither these talks nor their words: the battle is the news, the
         * talks or their people a mention in its text.
         */
        private boolean reportsABattle(ArticleWords title) {
            return anyOccurs(VIOLENCE, title) && !anyOccurs(TRUCE, title) && namesNeither(title);
        }

        /**
         * A headline that opens with violence and names the talks, by any of their names, only after a word of time or
         * backdrop: «غارات مكثفة على جنوب إدلب غداة قمة طهران» is dated by a summit, not its news.
         */
        private boolean datesABattle(ArticleWords title) {
            ArticleWords news = title.before(BACKDROP);
            return news.opensWith(VIOLENCE)
                    && !anyOccurs(TRUCE, title)
                    && namesNeither(news)
                    && !anyOccurs(ownNames, news);
        }

        private boolean namesNeither(ArticleWords words) {
            return !anyOccurs(keywords, words) && !anyOccurs(context, words);
        }

        private boolean namedByKeyword(ArticleWords title, List<ArticleWords> sentences) {
            return (context.isEmpty() || occursAnywhere(context, title, sentences))
                    && (about.isEmpty()
                            || occursAnywhere(about, title, sentences)
                            || occursAnywhere(names, title, sentences));
        }

        /** An own name says there are talks; an about term besides it, whose they are. */
        private boolean namedByOwnName(ArticleWords title, List<ArticleWords> sentences) {
            return anyOccurs(ownNames, title) && (about.isEmpty() || occursOutside(ownNames, about, title, sentences));
        }

        /**
         * A person of the track named in the title (by name, alias or title) or by name in the first sentence; then a
         * context term outside their titles (none for a mediator named by name: their work is talks), and an about
         * term outside their names or a second person of the track. Not under a headline on two states' own relations.
         */
        private boolean namedByPerson(String titleText, String text, ArticleWords title, List<ArticleWords> sentences) {
            boolean inLead = !sentences.isEmpty() && anyOccurs(personNames, sentences.get(0));
            if (people.named(titleText).isEmpty() && !inLead) {
                return false;
            }
            if (anyOccurs(BILATERAL, title)) {
                return false;
            }
            boolean mediatorNamed = anyOccurs(mediatorNames, title)
                    || (!sentences.isEmpty() && anyOccurs(mediatorNames, sentences.get(0)));
            boolean talks = context.isEmpty() || mediatorNamed || occursOutside(roles, context, title, sentences);
            return talks
                    && (about.isEmpty()
                            || occursOutside(personNames, about, title, sentences)
                            || people.namesTwo(titleText + "\n" + text));
        }

        /** Whether {@code phrases} occur in the title or the text outside every occurrence of {@code masked}. */
        private static boolean occursOutside(
                List<Phrase> masked, List<Phrase> phrases, ArticleWords title, List<ArticleWords> sentences) {
            return anyOccurs(phrases, title.without(masked))
                    || sentences.stream().anyMatch(s -> anyOccurs(phrases, s.without(masked)));
        }

        private boolean keywordCounts(ArticleWords title, List<ArticleWords> sentences) {
            if (anyOccurs(keywords, title)) {
                return true;
            }
            // in the text, a keyword needs a context term beside it in its sentence; a word listed as both (هدنة)
            // is not its own context
            for (ArticleWords sentence : sentences) {
                for (Phrase keyword : keywords) {
                    if (keyword.occursIn(sentence)
                            && (context.isEmpty()
                                    || context.stream()
                                            .anyMatch(term -> !term.words().equals(keyword.words())
                                                    && term.occursIn(sentence)))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A headline on a summit of many states ({@link #SUMMITS}) that names these talks by none of their names. */
        private boolean holdsASummit(ArticleWords title) {
            return anyOccurs(SUMMITS, title)
                    && !anyOccurs(SIDELINES, title)
                    && !anyOccurs(keywords, title)
                    && !anyOccurs(ownNames, title);
        }

        private static boolean inHeadlineOrLead(
                List<Phrase> phrases, ArticleWords title, List<ArticleWords> sentences) {
            return anyOccurs(phrases, title) || (!sentences.isEmpty() && anyOccurs(phrases, sentences.get(0)));
        }

        private static boolean occursAnywhere(List<Phrase> phrases, ArticleWords title, List<ArticleWords> sentences) {
            return anyOccurs(phrases, title) || sentences.stream().anyMatch(s -> anyOccurs(phrases, s));
        }
    }
}
