package talkwatch.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.testing.ShippedConfig;

class TopicMatcherTest {

    /** The shipped configuration's topics ({@code config/talkwatch.yml}). */
    private static final TopicMatcher SHIPPED = new TopicMatcher(ShippedConfig.topics(List.of()));

    private static final Topic ASTANA =
            new Topic("astana", "محادثات أستانا", List.of("أستانا", "الأستانة", "أستانة"), List.of(), List.of());
    private static final Topic GENEVA = new Topic(
            "geneva",
            "مفاوضات جنيف",
            List.of("جنيف"),
            List.of("مفاوضات", "محادثات", "دي ميستورا"),
            List.of("معرض جنيف للسيارات"));
    private static final Topic CEASEFIRE =
            new Topic("ceasefire", "وقف إطلاق النار", List.of("وقف إطلاق النار", "هدنة"), List.of(), List.of());

    private final TopicMatcher matcher = new TopicMatcher(List.of(ASTANA, GENEVA, CEASEFIRE));

    @Test
    void findsAKeywordWithAttachedClitics() {
        for (String text : List.of(
                "انطلقت في الأستانة جولة جديدة",
                "اجتماع الضامنين بأستانا اليوم",
                "وبأستانا التقى الوفدان",
                "وفد المعارضة يصل إلى #أستانا",
                "عدم الذهاب إلى أستانا3")) {
            assertThat(matcher.match("", text)).as(text).containsExactly(ASTANA);
        }
    }

    @Test
    void aPhraseTakesAPronounOnlyOnItsLastWord() {
        Topic astana = new Topic(
                "astana",
                "محادثات أستانا",
                List.of("أستانا"),
                List.of("اجتماع", "اجتماعات"),
                List.of(),
                List.of("سوريا"));
        TopicMatcher matcher = new TopicMatcher(List.of(astana));

        assertThat(matcher.match("البنك المركزي يرفع الفائدة", "قرر البنك في اجتماعه بأستانا رفع سعر الفائدة."))
                .as("«its meeting in Astana» does not name the Astana talks")
                .isEmpty();
        assertThat(matcher.match("الفصائل تعلق مشاركتها في اجتماعات بأستانا", "أعلنت الفصائل تعليق مشاركتها."))
                .containsExactly(astana);
        assertThat(Clitics.readsInPhrase("اجتماعاتها", "اجتماعات", true)).isTrue();
        assertThat(Clitics.readsInPhrase("اجتماعاتها", "اجتماعات", false)).isFalse();
        assertThat(Clitics.readsInPhrase("واجتماعات", "اجتماعات", false)).isTrue();
    }

    @Test
    void talksNamedAfterACityThatHostsOtherTalksNeedTheirSubject() {
        Topic geneva = new Topic(
                "geneva",
                "محادثات جنيف",
                List.of("جنيف"),
                List.of("محادثات", "جولة"),
                List.of(),
                List.of("سوريا", "السوري"),
                true,
                List.of());
        TopicMatcher matcher = new TopicMatcher(List.of(geneva));

        assertThat(matcher.match(
                        "محادثات جنيف حول السودان تختتم دون مشاركة وفد الجيش",
                        "اختتمت في سويسرا جولة المحادثات حول السودان من دون مشاركة وفد الجيش."))
                .isEmpty();
        assertThat(matcher.match("محادثات جنيف تستأنف الأسبوع المقبل", "تستأنف المحادثات السورية في جنيف."))
                .containsExactly(geneva);
    }

    @Test
    void aVenueOnlyTheseTalksUseNamesThemWhereTheSharedCityDoesNot() {
        Topic sahara = new Topic(
                "sahara",
                "مفاوضات الصحراء",
                List.of("جنيف", "مانهاست"),
                List.of("مفاوضات", "جولة"),
                List.of(),
                List.of("الصحراء الغربية", "البوليساريو"),
                List.of("جنيف"),
                List.of(),
                List.of());
        TopicMatcher matcher = new TopicMatcher(List.of(sahara));

        assertThat(
                        matcher.match(
                                "انطلاق الجولة الرابعة من مفاوضات مانهاست",
                                "انطلقت صباح اليوم قرب نيويورك الجولة الرابعة من المفاوضات برعاية المبعوث الشخصي للأمين العام."))
                .as("Manhasset hosts no other talks: its name says which")
                .containsExactly(sahara);
        assertThat(matcher.match(
                        "انطلاق الجولة الرابعة من مفاوضات جنيف",
                        "انطلقت صباح اليوم في المدينة السويسرية الجولة الرابعة من المفاوضات برعاية الأمم المتحدة."))
                .as("Geneva hosts other talks: which ones, the text must say")
                .isEmpty();
        assertThat(new TopicMatcher(List.of(new Topic(
                                "sahara",
                                "مفاوضات الصحراء",
                                sahara.keywords(),
                                sahara.context(),
                                List.of(),
                                sahara.about(),
                                true,
                                List.of())))
                        .match(
                                "انطلاق الجولة الرابعة من مفاوضات مانهاست",
                                "انطلقت صباح اليوم قرب نيويورك الجولة الرابعة من المفاوضات برعاية المبعوث الشخصي للأمين"
                                        + " العام."))
                .as("with every venue shared, Manhasset needs the subject too")
                .isEmpty();
    }

    /** An operator's topic for talks that meet in Geneva and Stockholm, as the README teaches one. */
    private static final Topic YEMEN = new Topic(
            "yemen",
            "مشاورات اليمن",
            List.of("جنيف", "ستوكهولم", "السويد"),
            List.of("مشاورات", "محادثات", "مفاوضات", "اتفاق"),
            List.of(),
            List.of("اليمن", "اليمنية", "الحوثيين"),
            List.of(),
            List.of(),
            List.of());

    @Test
    void theUnsHumanRightsAndRefugeeBodiesInGenevaHoldTheirOwnNewsForEveryTopic() {
        TopicMatcher matcher = new TopicMatcher(List.of(YEMEN));

        assertThat(matcher.match(
                        "دول غربية تطالب الرياض في جنيف بمحاسبة قتلة خاشقجي",
                        "طالبت دول غربية خلال جلسة الاستعراض الدوري الشامل لمجلس حقوق الإنسان في جنيف اليوم السعودية"
                                + " بمحاسبة قتلة الصحفي جمال خاشقجي. وتطرقت مداخلات إلى الحرب في اليمن وإلى محادثات"
                                + " السلام المرتقبة بين الحكومة اليمنية والحوثيين."))
                .as("the Council's periodic review in Geneva is its own session's news, though it mentions the talks")
                .isEmpty();
        assertThat(matcher.match(
                        "غوتيريش في جنيف: العالم يواجه أكبر موجة نزوح منذ الحرب العالمية الثانية",
                        "قال المفوض السامي للأمم المتحدة لشؤون اللاجئين أنطونيو غوتيريش في جنيف إن النزاعات في سوريا"
                                + " واليمن والعراق دفعت أعدادا قياسية إلى النزوح، داعيا أطراف مشاورات اليمن إلى حماية"
                                + " المدنيين."))
                .as("the refugee agency's chief in Geneva is his agency's news")
                .isEmpty();
        assertThat(
                        matcher.match(
                                "غريفيث يصل إلى جنيف تمهيدا لمشاورات اليمن",
                                "وصل المبعوث الأممي إلى اليمن مارتن غريفيث إلى جنيف اليوم تمهيدا لانطلاق المشاورات بين"
                                        + " الحكومة اليمنية والحوثيين. ويتزامن ذلك مع انعقاد دورة مجلس حقوق الإنسان في المدينة."))
                .as("the Council named further down is the city's backdrop, not the news")
                .containsExactly(YEMEN);
    }

    @Test
    void aSummitOfManyStatesIsItsOwnNewsUnlessItsHeadlineNamesTheTalks() {
        TopicMatcher matcher = new TopicMatcher(List.of(YEMEN));
        String text = "انطلقت في الرياض اليوم أعمال القمة الخليجية التاسعة والثلاثين. ويبحث القادة ملفات المنطقة، ومنها"
                + " اتفاق السويد بين الحكومة اليمنية والحوثيين الذي أعلن في مشاورات ستوكهولم.";

        assertThat(matcher.match("انطلاق القمة الخليجية الـ39 في الرياض برئاسة الملك سلمان", text))
                .as("the summit is the news; the talks are one of its files")
                .isEmpty();
        assertThat(matcher.match("القمة الخليجية ترحب باتفاق ستوكهولم وتدعو الحوثيين إلى تنفيذه", text))
                .as("a summit's word on the talks, named in its headline, is their news")
                .containsExactly(YEMEN);
        assertThat(matcher.match(
                        "مشاورات على هامش القمة الخليجية لدعم اتفاق ستوكهولم",
                        "عقد وزراء على هامش القمة الخليجية في الرياض مشاورات لدعم اتفاق السويد بين الحكومة اليمنية"
                                + " والحوثيين."))
                .as("a meeting on a summit's sidelines is the meeting's news")
                .containsExactly(YEMEN);
    }

    @Test
    void aSharedVenueIsSharedInEverySpellingThatReadsAsIt() {
        Topic sochi = new Topic(
                "sochi",
                "تفاهمات سوتشي",
                List.of("سوتشي", "سوتشى"),
                List.of("قمة", "مذكرة"),
                List.of(),
                List.of("سوريا", "إدلب"),
                List.of("سوتشي"),
                List.of(),
                List.of());
        TopicMatcher matcher = new TopicMatcher(List.of(sochi));

        assertThat(matcher.match(
                        "قمة سوتشى تنتهي دون اتفاق بشأن الحبوب",
                        "انتهت محادثات الرئيسين الروسي والتركي دون إعلان عودة روسيا إلى مبادرة البحر الأسود."))
                .as("«سوتشى» is the shared «سوتشي», however the keywords spell it")
                .isEmpty();
        assertThat(matcher.match(
                        "قمة سوتشى تبحث مذكرة إدلب",
                        "يبحث الرئيسان الروسي والتركي في سوتشي تنفيذ المذكرة الخاصة بإدلب."))
                .as("with the subject, the summit is the talks' news")
                .containsExactly(sochi);
    }

    @Test
    void aHeadlineNamingNoVenueNamesTheTalksByTheirOwnName() {
        Topic astana = new Topic(
                "astana",
                "محادثات أستانا",
                List.of("أستانا"),
                List.of("محادثات", "البيان الختامي"),
                List.of(),
                List.of("سوريا", "الدول الضامنة"));
        Topic geneva = new Topic(
                "geneva",
                "محادثات جنيف",
                List.of("جنيف"),
                List.of("محادثات", "جولة", "اللجنة الدستورية"),
                List.of(),
                List.of("سوريا", "السورية", "بيدرسن", "اللجنة الدستورية"),
                true,
                List.of("اللجنة الدستورية"));
        TopicMatcher matcher = new TopicMatcher(List.of(astana, geneva));

        assertThat(matcher.match(
                        "بيدرسن يعرب عن خيبة أمله من نتائج الجولة الخامسة للجنة الدستورية",
                        "قال المبعوث الأممي إن الجولة لم تحقق تقدما."))
                .as("the committee's own news, with the envoy besides it")
                .containsExactly(geneva);
        assertThat(matcher.match(
                        "اللجنة الدستورية الليبية تختتم جولتها في القاهرة",
                        "اختتمت اللجنة جولة جديدة من المحادثات دون توافق."))
                .as("another country's committee: nothing about Syria besides the name")
                .isEmpty();
        assertThat(matcher.match(
                        "البيان الختامي لأستانا يدعو إلى إطلاق عمل اللجنة الدستورية",
                        "دعت الدول الضامنة في البيان الختامي إلى إطلاق عمل اللجنة الدستورية في سوريا."))
                .as("a headline that names a venue says whose news it is")
                .containsExactly(astana);
        Topic withLongName = new Topic(
                "astana",
                "محادثات أستانا",
                List.of("أستانا"),
                List.of("محادثات", "خفض التصعيد"),
                List.of(),
                List.of("سوريا", "خفض التصعيد"),
                false,
                List.of("مناطق خفض التصعيد"));
        assertThat(new TopicMatcher(List.of(withLongName))
                        .match("مناطق خفض التصعيد في اليمن تنتظر موافقة الأطراف", "تنتظر الخطة موافقة الأطراف."))
                .as("an about term inside the name says nothing besides it")
                .isEmpty();
        assertThat(matcher.match(
                        "تقرير عن الإصلاحات",
                        "أكد بيدرسن أن عمل اللجنة الدستورية في سوريا سيستأنف بعد محادثات مع الأطراف."))
                .as("an own name in the text only is a mention, as a keyword would be without its context")
                .isEmpty();
    }

    private static final Topic UKRAINE = new Topic(
            "ukraine",
            "المفاوضات الروسية الأوكرانية",
            List.of("إسطنبول", "المفاوضات الروسية الأوكرانية"),
            List.of("محادثات", "مفاوضات", "جولة", "وفد", "اتفاق"),
            List.of(),
            List.of("أوكرانيا", "الأوكراني", "كييف"),
            true,
            List.of("مركز التنسيق المشترك"),
            List.of(
                    new Person("الوفد الأوكراني", List.of("وفد أوكرانيا"), List.of()),
                    new Person("فلاديمير ميدينسكي", List.of("ميدينسكي"), List.of("رئيس الوفد الروسي")),
                    new Person("ديفيد أراخاميا", List.of("أراخاميا"), List.of()),
                    new Person("رومان أبراموفيتش", List.of("أبراموفيتش"), List.of("الملياردير الروسي"))));

    @Test
    void aTermCountsOutsideThePersonThatNamedTheTalks() {
        TopicMatcher matcher = new TopicMatcher(List.of(UKRAINE));

        assertThat(matcher.match(
                        "ميدينسكي: اتفقنا مع الجانب الأوكراني على ممرات إنسانية",
                        "قال رئيس الوفد الروسي عقب انتهاء الجولة الثانية من المفاوضات إن الطرفين توصلا إلى تفاهم."))
                .as("«الأوكراني» is part of a person's name, «الوفد الأوكراني», but not here")
                .containsExactly(UKRAINE);
        assertThat(matcher.match(
                        "الوفد الأوكراني يصل إلى وارسو لجولة محادثات تجارية",
                        "وصل الوفد الأوكراني إلى وارسو لبحث اتفاق تجاري مع بولندا."))
                .as("the Ukraine inside the delegation's own name says nothing besides it")
                .isEmpty();
    }

    @Test
    void twoOfTheTracksPeopleSayWhoseNewsItIs() {
        TopicMatcher matcher = new TopicMatcher(List.of(UKRAINE));

        assertThat(matcher.match(
                        "أبراموفيتش يحضر جلسة المحادثات بصفته وسيطا غير رسمي",
                        "أكد الكرملين أن أبراموفيتش موجود في مكان انعقاد المحادثات مع الوفد الأوكراني."))
                .containsExactly(UKRAINE);
        assertThat(matcher.match(
                        "أبراموفيتش يحضر جلسة المحادثات لبيع نادي تشيلسي",
                        "أكد محاموه أن أبراموفيتش موجود في لندن لاستكمال المحادثات مع المشترين."))
                .as("one of the cast, on other talks")
                .isEmpty();
    }

    @Test
    void aVenueInTheTextDoesNotStopThePeopleFromNamingTheTalks() {
        assertThat(new TopicMatcher(List.of(UKRAINE))
                        .match(
                                "ميدينسكي يبحث مع أبراموفيتش مستجدات المحادثات",
                                "التقى ميدينسكي أبراموفيتش في إسطنبول وبحثا جولة المحادثات المقبلة."))
                .as("Istanbul with a talks word, but no word of Ukraine: not by the venue, by the two negotiators")
                .containsExactly(UKRAINE);
    }

    private static final Topic ASTANA_ROUNDS = new Topic(
            "astana",
            "محادثات أستانا",
            List.of("أستانا", "أستانة"),
            List.of("محادثات", "جولة", "وفد"),
            List.of(),
            List.of("سوريا", "السوري", "إدلب", "الضامنين"),
            false,
            List.of(),
            List.of(new Person("أحمد طعمة", List.of("طعمة"), List.of("رئيس وفد المعارضة"))));

    @Test
    void aBattleIsNotTheTalksNewsForNamingThemInPassing() {
        TopicMatcher matcher = new TopicMatcher(List.of(ASTANA_ROUNDS));

        assertThat(matcher.match(
                        "قتلى مدنيون بقصف لقوات النظام على جبل الزاوية",
                        "قتل ثلاثة مدنيين اليوم بقصف مدفعي استهدف قرية في جبل الزاوية جنوبي إدلب. ويتزامن القصف مع"
                                + " انعقاد جولة جديدة من محادثات أستانا في سوتشي."))
                .as("the shelling is the news; the round, only when it happened")
                .isEmpty();
        assertThat(matcher.match(
                        "قصف على ريف إدلب يهدد جولة أستانا الجديدة",
                        "استهدف قصف مدفعي قرى في ريف إدلب الجنوبي قبل ساعات من انطلاق جولة محادثات أستانا."))
                .as("a battle the headline ties to the talks")
                .containsExactly(ASTANA_ROUNDS);
        assertThat(matcher.match(
                        "أحمد طعمة يطالب الضامنين بوقف القصف على إدلب",
                        "طالب رئيس وفد المعارضة أحمد طعمة الدول الضامنة خلال جولة محادثات أستانا بوقف القصف."))
                .as("a call to stop it, from the talks' cast")
                .containsExactly(ASTANA_ROUNDS);
        assertThat(new TopicMatcher(List.of(UKRAINE))
                        .match(
                                "مقتل اثنين في انفجار قرب يخت أبراموفيتش",
                                "قتل شخصان في انفجار قرب يخت رومان أبراموفيتش، الذي شارك في المحادثات مع الوفد"
                                        + " الأوكراني."))
                .as("a person of the talks named in a battle's headline")
                .isEmpty();
        assertThat(matcher.match(
                        "طعمة: فصائل المعارضة تسيطر على بلدتين في ريف حماة",
                        "قال رئيس وفد المعارضة أحمد طعمة إن الفصائل سيطرت على بلدتين، وإن وفد المعارضة سيطرح ذلك في"
                                + " جولة أستانا المقبلة حول سوريا."))
                .as("a town taken is a battle too, whoever tells it")
                .isEmpty();
        assertThat(matcher.match(
                        "التحالف يضرب رتلا لقوات النظام قرب التنف",
                        "استهدفت طائرات التحالف رتلا عسكريا قرب التنف، قبل أيام من جولة محادثات أستانا حول سوريا."))
                .as("and so is a strike")
                .isEmpty();
    }

    @Test
    void aBattleThatOpensTheHeadlineIsItsNewsWhenTheTalksOnlyDateIt() {
        TopicMatcher matcher = new TopicMatcher(List.of(ASTANA_ROUNDS));
        String text = "استهدف قصف مدفعي قرى في ريف إدلب الجنوبي قبل ساعات من انطلاق جولة محادثات أستانا.";

        assertThat(matcher.match("قصف على ريف إدلب عشية جولة أستانا الجديدة", text))
                .as("on the eve of the round: the round only dates the shelling")
                .isEmpty();
        assertThat(matcher.match("اشتباكات عنيفة في ريف حماة بالتزامن مع محادثات أستانا", text))
                .as("at the same time as the talks")
                .isEmpty();
        assertThat(matcher.match("غارات على ريف إدلب رغم اتفاق أستانا", text))
                .as("despite the agreement, but no word of a breach")
                .isEmpty();
        assertThat(matcher.match("غارات على ريف إدلب في خرق لاتفاق أستانا", text))
                .as("a breach of the agreement is its news")
                .containsExactly(ASTANA_ROUNDS);
        assertThat(matcher.match("جولة أستانا تنطلق وسط تصعيد في إدلب", text))
                .as("the round opens the headline; the violence is its backdrop")
                .containsExactly(ASTANA_ROUNDS);
        assertThat(matcher.match("أحمد طعمة: القصف لم يتوقف خلال جولة أستانا", text))
                .as("a delegate's word on the shelling during the round")
                .containsExactly(ASTANA_ROUNDS);
        Topic withSummits = new Topic(
                "astana",
                "محادثات أستانا",
                ASTANA_ROUNDS.keywords(),
                ASTANA_ROUNDS.context(),
                List.of(),
                ASTANA_ROUNDS.about(),
                false,
                List.of("قمة طهران"));
        String summit = "شنت طائرات حربية غارات على ريف إدلب الجنوبي، بعد يوم من قمة الدول الضامنة في طهران.";
        assertThat(new TopicMatcher(List.of(withSummits)).match("غارات مكثفة على جنوب إدلب غداة قمة طهران", summit))
                .as("dated by the talks' own name")
                .isEmpty();
        assertThat(new TopicMatcher(List.of(withSummits)).match("قمة طهران تبحث التصعيد في إدلب", summit))
                .as("the summit's own news")
                .containsExactly(withSummits);
    }

    @Test
    void aNegotiatorOnTwoStatesOwnRelationsIsNotTheTalksNews() {
        TopicMatcher matcher = new TopicMatcher(List.of(UKRAINE));
        String text = "بحث فلاديمير ميدينسكي مع وزير الثقافة البيلاروسي التعاون بين البلدين، ووقع الجانبان اتفاق تعاون"
                + " يشمل أوضاع الكنائس في أوكرانيا.";

        assertThat(matcher.match("ميدينسكي يبحث في مينسك التعاون الثنائي في مجال الثقافة", text))
                .as("the head of the Russian delegation in his other office")
                .isEmpty();
        assertThat(matcher.match("ميدينسكي يدعو الشركات البيلاروسية إلى الاستثمار في القرم", text))
                .as("trade")
                .isEmpty();
        assertThat(matcher.match("ميدينسكي يتسلم أوراق اعتماد سفير بيلاروسيا", text))
                .as("protocol")
                .isEmpty();
        assertThat(matcher.match("ميدينسكي في مينسك", text))
                .as("the same text under a headline that does not say so")
                .containsExactly(UKRAINE);
        assertThat(matcher.match(
                        "ميدينسكي يبحث التعاون الثنائي قبل جولة المفاوضات الروسية الأوكرانية",
                        "قال ميدينسكي إن وفد بلاده مستعد لجولة جديدة في إسطنبول."))
                .as("a keyword of the talks in the headline")
                .containsExactly(UKRAINE);
    }

    @Test
    void theShippedSochiTopicTakesItsMemorandaNotEverySummitInSochi() {
        assertThat(ids(SHIPPED.match(
                        "قمة سوتشي تنتهي دون اتفاق بشأن الحبوب",
                        "انتهت محادثات الرئيسين الروسي والتركي في سوتشي دون إعلان عودة روسيا إلى مبادرة البحر الأسود"
                                + " لتصدير الحبوب.")))
                .as("a summit in Sochi on grain")
                .doesNotContain("sochi");
        assertThat(ids(SHIPPED.match(
                        "قمة سوتشي تبحث التصعيد في إدلب",
                        "يبحث الرئيسان الروسي والتركي في سوتشي اليوم وقف التصعيد في المنطقة.")))
                .as("a summit in Sochi on Idlib")
                .contains("sochi");
        assertThat(ids(SHIPPED.match(
                        "أنقرة: موسكو لم تفِ بالتزاماتها في مذكرة سوتشي",
                        "قال وزير الخارجية التركي إن روسيا لم تُبعد المقاتلين عن الحدود كما نصت المذكرة.")))
                .as("the memorandum by name")
                .contains("sochi");
        assertThat(ids(SHIPPED.match(
                        "دورية روسية تركية جديدة في ريف عين العرب",
                        "سيّرت القوات الروسية والتركية دورية مشتركة في الريف الغربي لمدينة عين العرب بثماني عربات.")))
                .as("a joint patrol, where the northeast memorandum sends it")
                .contains("sochi");
    }

    @Test
    void theShippedSochiTopicTakesIdlibsCeasefireNotEveryCeasefire() {
        assertThat(ids(SHIPPED.match(
                        "الدفاع التركية: الالتزام بوقف إطلاق النار في إدلب كبير",
                        "قالت وزارة الدفاع التركية إن الالتزام بالهدنة في منطقة خفض التصعيد شمال غرب سوريا كبير،"
                                + " رغم خروقات محدودة.")))
                .as("the ceasefire the two guarantors agreed for Idlib")
                .containsExactly("sochi");
        assertThat(ids(SHIPPED.match(
                        "خروقات في أول أيام هدنة إدلب",
                        "سجل ناشطون خروقات في اليوم الأول من الهدنة التي أعلنتها روسيا وتركيا في شمال غرب سوريا.")))
                .as("its breaches")
                .containsExactly("sochi");
        assertThat(ids(SHIPPED.match(
                        "المجلس الرئاسي الليبي يرحب بوقف إطلاق النار في سرت",
                        "رحب المجلس الرئاسي الليبي بإعلان وقف إطلاق النار في سرت والجفرة.")))
                .as("another country's ceasefire")
                .isEmpty();
    }

    @Test
    void theShippedSochiTopicTakesTheCongressBySochiNotDamascussConferenceOf2025() {
        assertThat(ids(SHIPPED.match(
                        "انطلاق مؤتمر الحوار الوطني السوري",
                        "انطلقت في منتجع سوتشي الروسي أعمال مؤتمر الحوار الوطني السوري بمشاركة نحو ألف وستمئة"
                                + " مندوب.")))
                .as("the congress of 2018, whose news names Sochi")
                .containsExactly("sochi");
        assertThat(ids(SHIPPED.match(
                        "انطلاق أعمال مؤتمر الحوار الوطني السوري في قصر الشعب بدمشق",
                        "انطلقت في قصر الشعب بدمشق أعمال مؤتمر الحوار الوطني السوري بمشاركة نحو ستمئة شخصية من"
                                + " المحافظات السورية.")))
                .as("Damascus's conference of 2025")
                .isEmpty();
    }

    @Test
    void theShippedGenevaTopicKnowsAnnanInBothSpellings() {
        assertThat(ids(SHIPPED.match(
                        "عاجل: كوفي أنان يستقيل من مهمته مبعوثاً إلى سوريا",
                        "أعلن كوفي أنان استقالته من منصب المبعوث المشترك للأمم المتحدة والجامعة العربية إلى سوريا.")))
                .containsExactly("geneva");
        assertThat(ids(SHIPPED.match(
                        "بان كي مون يأسف لقرار أنان ويبدأ البحث عن خليفة له",
                        "أعرب الأمين العام للأمم المتحدة عن أسفه لقرار أنان التخلي عن مهمته في سوريا.")))
                .containsExactly("geneva");
        assertThat(ids(SHIPPED.match(
                        "الحكومة تطلق العنان لمشاريع الطاقة الشمسية في حلب",
                        "أعلنت الحكومة السورية خطة لتشجيع الاستثمار في الطاقة الشمسية.")))
                .isEmpty();
    }

    private static List<String> ids(List<Topic> topics) {
        return topics.stream().map(Topic::id).toList();
    }

    @Test
    void aNegotiatorNamedInTheLeadNamesTheTalks() {
        TopicMatcher matcher = new TopicMatcher(List.of(UKRAINE));

        assertThat(matcher.match(
                        "كييف تقترح حيادا مقابل ضمانات أمنية ملزمة",
                        "قال ديفيد أراخاميا إن بلاده قدمت مقترحا في جولة المفاوضات ينص على وضع حيادي دائم."))
                .containsExactly(UKRAINE);
        assertThat(matcher.match(
                        "كييف تقترح حيادا مقابل ضمانات أمنية ملزمة",
                        "قال رئيس الوفد الروسي إن بلاده تدرس مقترحا في جولة المفاوضات ينص على وضع حيادي دائم."))
                .as("a title in the lead may be anyone's: only a name counts there")
                .isEmpty();
        assertThat(matcher.match(
                        "كييف تقترح حيادا مقابل ضمانات أمنية ملزمة",
                        "قالت الرئاسة إن المقترح جاء في جولة المفاوضات. وأضاف أراخاميا أن الرد منتظر."))
                .as("past the lead, a name is a passing mention")
                .isEmpty();
    }

    @Test
    void aMediatorNamedNeedsNoTalksWordButADelegationsHeadDoes() {
        Topic sudan = new Topic(
                "sudan",
                "مفاوضات السودان",
                List.of("منبر جدة"),
                List.of("محادثات", "مفاوضات", "وساطة"),
                List.of(),
                List.of("السودان", "السودانية"),
                true,
                List.of(),
                List.of(
                        new Person("توم بيرييلو", List.of("بيرييلو"), List.of("المبعوث الأمريكي إلى السودان")),
                        new Person("محمد بشير أبو نمو", List.of("أبو نمو"), List.of("رئيس الوفد الحكومي"))));
        TopicMatcher matcher = new TopicMatcher(List.of(sudan));

        assertThat(matcher.match(
                        "واشنطن تعين توم بيرييلو مبعوثا خاصا إلى السودان",
                        "أعلن وزير الخارجية الأمريكي تعيين بيرييلو لتنشيط الجهود الرامية إلى إنهاء الحرب."))
                .as("an envoy's appointment is news of the talks")
                .containsExactly(sudan);
        assertThat(matcher.match(
                        "أبو نمو يفتتح مصنعا للأسمدة في دارفور",
                        "افتتح وزير المعادن السوداني مصنعا جديدا للأسمدة في الفاشر."))
                .as("a delegation's head holds another office too")
                .isEmpty();
    }

    @Test
    void aHeadlineNamingTheTopicsOwnVenueMayStillNameItsTalksByTheirOwnName() {
        Topic sudan = new Topic(
                "sudan",
                "مفاوضات السودان",
                List.of("منبر جدة", "متحالفون"),
                List.of("محادثات", "مفاوضات"),
                List.of(),
                List.of("السودان"),
                true,
                List.of("متحالفون"),
                List.of());

        assertThat(new TopicMatcher(List.of(ASTANA, sudan))
                        .match(
                                "مجموعة متحالفون تعلن فتح معبر أدري في السودان",
                                "أعلنت المجموعة ضمان وصول المساعدات عبر المعبر."))
                .as("no talks word for the keyword; but «متحالفون» is the talks' own name, and the venue its own")
                .containsExactly(sudan);
    }

    @Test
    void anOwnNameInTheHeadlineNeedsNoTalksWord() {
        assertThat(new TopicMatcher(List.of(UKRAINE))
                        .match(
                                "مركز التنسيق المشترك يفتش أول سفينة حبوب غادرت أوديسا",
                                "أتم فريق التفتيش الذي يضم ممثلين عن روسيا وأوكرانيا تفتيش السفينة."))
                .containsExactly(UKRAINE);
    }

    @Test
    void readsAContextWordBeforeAnAttachedPronoun() {
        // مفاوضاتها is the only talks word: without reading the pronoun the article was not about the talks
        assertThat(matcher.match("", "أنهت وفود الدول الضامنة في جنيف مفاوضاتها حول سوريا."))
                .containsExactly(GENEVA);
    }

    @Test
    void findsAKeywordInTheTitleOnly() {
        assertThat(matcher.match("جولة جديدة في أستانا", "التقى الوفدان صباح اليوم."))
                .containsExactly(ASTANA);
    }

    @Test
    void ignoresDiacriticsAndSpellingVariants() {
        assertThat(matcher.match("", "اِجْتِمَاعُ أَسْتانا")).containsExactly(ASTANA);
    }

    @Test
    void doesNotMatchPartsOfLongerWords() {
        assertThat(matcher.match("", "قال الكازاخستانيون إن الفندق ممتلئ")).isEmpty();
    }

    @Test
    void needsAContextTermWhenTheTopicHasOne() {
        assertThat(matcher.match("", "افتتح متحف جديد في جنيف.")).isEmpty();
        assertThat(matcher.match("", "استؤنفت في جنيف اليوم المفاوضات السورية."))
                .containsExactly(GENEVA);
        assertThat(matcher.match("", "وصل دي ميستورا إلى جنيف.")).containsExactly(GENEVA);
    }

    @Test
    void matchesContextTermsWithCliticsToo() {
        assertThat(matcher.match("", "تستضيف جنيف جولة جديدة للمحادثات")).containsExactly(GENEVA);
    }

    @Test
    void letsAnExcludedTermVetoTheTopic() {
        assertThat(matcher.match("", "محادثات بين الشركات في معرض جنيف للسيارات"))
                .isEmpty();
    }

    @Test
    void matchesMultiWordKeywordsAsPhrases() {
        assertThat(matcher.match("", "اتفق الجانبان على الالتزام بوقف إطلاق النار في إدلب"))
                .containsExactly(CEASEFIRE);
        assertThat(matcher.match("", "طالب بوقف القصف وإطلاق سراح المعتقلين ووقف النار"))
                .isEmpty();
    }

    @Test
    void returnsAllMatchingTopicsInConfigOrder() {
        String text = "بحث المشاركون في أستانا تثبيت الهدنة قبل مفاوضات جنيف.";

        assertThat(matcher.match("", text)).containsExactly(ASTANA, GENEVA, CEASEFIRE);
    }

    @Test
    void aKeywordInTheTitleTakesItsContextFromAnywhere() {
        assertThat(matcher.match("جنيف تستضيف الجولة الجديدة", "افتتح الجلسة الأولى صباحاً. واستؤنفت المفاوضات أمس."))
                .containsExactly(GENEVA);
    }

    @Test
    void aKeywordOnlyInTheTextNeedsItsContextInTheSameSentence() {
        String passingMention = "افتتح متحف جديد في جنيف. وفي دمشق استؤنفت المفاوضات بين النقابات والحكومة.";
        assertThat(matcher.match("أخبار المدن", passingMention)).isEmpty();
        assertThat(matcher.match("أخبار المدن", "استؤنفت المفاوضات في جنيف. وافتتح متحف جديد."))
                .containsExactly(GENEVA);
    }

    @Test
    void needsAnAboutTermUnlessAContextTermNamesTheTalks() {
        Topic syrianAstana = new Topic(
                "astana",
                "محادثات أستانا",
                List.of("أستانا"),
                List.of("محادثات", "جولة"),
                List.of("نادي"),
                List.of("سوريا", "السوري"));
        TopicMatcher syrian = new TopicMatcher(List.of(syrianAstana));

        assertThat(syrian.match("محادثات أرمينية أذربيجانية في أستانا", "بحث الوزيران معاهدة السلام."))
                .isEmpty();
        assertThat(syrian.match("جولة جديدة في أستانا", "يشارك فيها الوفد السوري."))
                .containsExactly(syrianAstana);
        assertThat(syrian.match("مصادر: الجولة المقبلة من محادثات أستانا قد تكون الأخيرة", "قالت المصادر ذلك."))
                .containsExactly(syrianAstana);
        assertThat(syrian.match("فنان سوري يعرض لوحاته في أستانا", "افتتح المعرض أمس."))
                .isEmpty();
    }

    @Test
    void acceptsAMissingTitleOrText() {
        assertThat(matcher.match(null, "أستانا")).containsExactly(ASTANA);
        assertThat(matcher.match("أستانا", null)).containsExactly(ASTANA);
    }

    @Test
    void refusesATopicWithoutKeywords() {
        assertThatThrownBy(() -> new Topic("empty", "بلا كلمات", List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topic empty: keywords must not be empty");
    }
}
