package talkwatch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import talkwatch.arabic.TermExtractor;

class StoryDetectorTest {

    private final StoryDetector detector = new StoryDetector(Duration.ofHours(12));

    private static final StorySignature ROUND_14 = StorySignature.of(
            "انطلاق الجولة الرابعة عشرة من محادثات أستانا حول سوريا",
            "انطلقت اليوم في نور سلطان الجولة الرابعة عشرة من محادثات أستانا بمشاركة الدول الضامنة روسيا وتركيا"
                    + " وإيران ووفدي الحكومة السورية والمعارضة.");

    @Test
    void findsAParaphraseFromAnotherOutlet() {
        StorySignature paraphrase = StorySignature.of(
                "بدء أعمال الجولة الـ14 لمحادثات أستانا",
                "بدأت في نور سلطان أعمال الجولة الـ14 من المحادثات بمشاركة روسيا وتركيا وإيران بصفتها الدول الضامنة"
                        + " ووفدي دمشق والمعارضة.");

        assertThat(detector.storyOf(paraphrase, List.of(new StoryDetector.Seen(7, ROUND_14))))
                .contains(7L);
    }

    @Test
    void findsATruncatedCopy() {
        StorySignature truncated = StorySignature.of(
                "انطلاق الجولة الرابعة عشرة من محادثات أستانا", "انطلقت اليوم في نور سلطان الجولة الرابعة عشرة.");

        assertThat(detector.storyOf(truncated, List.of(new StoryDetector.Seen(7, ROUND_14))))
                .contains(7L);
    }

    @Test
    void keepsTheNextRoundApart() {
        StorySignature round15 = StorySignature.of(
                "انطلاق الجولة الخامسة عشرة من محادثات أستانا حول سوريا",
                "انطلقت اليوم في نور سلطان الجولة الخامسة عشرة من محادثات أستانا بمشاركة الدول الضامنة روسيا وتركيا"
                        + " وإيران ووفدي الحكومة السورية والمعارضة.");

        assertThat(detector.storyOf(round15, List.of(new StoryDetector.Seen(7, ROUND_14))))
                .isEmpty();
    }

    @Test
    void keepsTheCloseOfARoundApartFromItsOpening() {
        StorySignature close = StorySignature.of(
                "اختتام الجولة الرابعة عشرة من محادثات أستانا حول سوريا",
                "اختتمت اليوم في نور سلطان الجولة الرابعة عشرة من محادثات أستانا بمشاركة الدول الضامنة روسيا"
                        + " وتركيا وإيران ووفدي الحكومة السورية والمعارضة.");

        assertThat(detector.storyOf(close, List.of(new StoryDetector.Seen(7, ROUND_14))))
                .isEmpty();
    }

    @Test
    void readsTheFinalStatementAsTheCloseAndAResumptionAsAStart() {
        assertThat(StorySignature.of("البيان الختامي لجولة أستانا الـ17", "").phase())
                .isEqualTo(Phase.END);
        assertThat(StorySignature.of("اللجنة الدستورية تستأنف اجتماعاتها في جنيف", "")
                        .phase())
                .isEqualTo(Phase.START);
        // a headline that says none: its first sentence does
        assertThat(StorySignature.of(
                                "جولة ثامنة لـ«الدستورية» السورية في جنيف",
                                "بدأت في جنيف الجولة الثامنة من اجتماعات اللجنة الدستورية. وقال بيدرسن إن الجولة"
                                        + " المقبلة ستعقد في الشهر المقبل.")
                        .phase())
                .isEqualTo(Phase.START);
    }

    @Test
    void keepsTheCloseOfARoundApartFromTheDateOfTheNext() {
        StorySignature close = StorySignature.of(
                "اختتام الجولة التاسعة للجنة الدستورية السورية في جنيف",
                "اختتمت في جنيف الجولة التاسعة من أعمال اللجنة الدستورية السورية بحضور المبعوث الأممي.");
        StorySignature date = StorySignature.of(
                "بيدرسن: الجولة التاسعة للجنة الدستورية السورية في جنيف الشهر المقبل",
                "قال المبعوث الأممي إن الجولة التاسعة من أعمال اللجنة الدستورية السورية ستعقد في جنيف.");

        assertThat(detector.storyOf(close, List.of(new StoryDetector.Seen(3, date))))
                .isEmpty();
    }

    @Test
    void aReportDoesNotJoinAStoryOneOfWhoseReportsItContradicts() {
        // the opening, then a report that names no phase and so fits both the opening and the close
        StorySignature vague = StorySignature.of(
                "الجولة الرابعة عشرة من محادثات أستانا حول سوريا",
                "في نور سلطان الجولة الرابعة عشرة من محادثات أستانا بمشاركة الدول الضامنة روسيا وتركيا وإيران ووفدي"
                        + " الحكومة السورية والمعارضة.");
        StorySignature close = StorySignature.of(
                "اختتام الجولة الرابعة عشرة من محادثات أستانا حول سوريا",
                "اختتمت اليوم في نور سلطان الجولة الرابعة عشرة من محادثات أستانا بمشاركة الدول الضامنة روسيا"
                        + " وتركيا وإيران ووفدي الحكومة السورية والمعارضة.");
        assertThat(detector.storyOf(vague, List.of(new StoryDetector.Seen(7, ROUND_14))))
                .contains(7L);

        assertThat(detector.storyOf(
                        close, List.of(new StoryDetector.Seen(7, ROUND_14), new StoryDetector.Seen(7, vague))))
                .isEmpty();
    }

    @Test
    void keepsNewsBesideARoundApartFromTheRound() {
        StorySignature exchange = StorySignature.of(
                "الإفراج عن عشرات المحتجزين على هامش الجولة الرابعة عشرة من محادثات أستانا",
                "أفرج الطرفان اليوم في نور سلطان عن عشرات المحتجزين على هامش الجولة الرابعة عشرة من محادثات أستانا"
                        + " التي انطلقت بمشاركة الدول الضامنة روسيا وتركيا وإيران.");
        StorySignature sameExchange = StorySignature.of(
                "تبادل للمحتجزين بين دمشق والمعارضة على هامش محادثات أستانا",
                "جرت في نور سلطان عملية تبادل للمحتجزين بين الحكومة السورية والمعارضة على هامش الجولة الـ14 من"
                        + " محادثات أستانا بإشراف الدول الضامنة.");

        assertThat(exchange.kinds()).containsExactlyInAnyOrder(EventKind.DETAINEES, EventKind.SIDELINES);
        assertThat(exchange.phase())
                .as("the headline says what the report is about")
                .isEqualTo(Phase.NONE);
        assertThat(detector.storyOf(exchange, List.of(new StoryDetector.Seen(7, ROUND_14))))
                .isEmpty();
        assertThat(detector.storyOf(sameExchange, List.of(new StoryDetector.Seen(8, exchange))))
                .as("two outlets' words for one exchange share a kind")
                .contains(8L);
    }

    @Test
    void keepsAThreatToBoycottTheNextRoundApartFromItsDate() {
        StorySignature date = StorySignature.of(
                "الجولة المقبلة من محادثات أستانا في العاشر من الشهر المقبل",
                "أعلنت الخارجية الكازاخية أن الجولة المقبلة من محادثات أستانا حول سوريا ستعقد في العاشر من الشهر"
                        + " المقبل بمشاركة الدول الضامنة.");
        StorySignature threat = StorySignature.of(
                "المعارضة السورية تلوح بعدم حضور الجولة المقبلة من محادثات أستانا",
                "لوحت المعارضة السورية بعدم حضور الجولة المقبلة من محادثات أستانا المقررة في العاشر من الشهر"
                        + " المقبل.");
        StorySignature boycott = StorySignature.of(
                "المعارضة ستقاطع جولة أستانا المقبلة",
                "قالت المعارضة السورية إنها ستقاطع الجولة المقبلة من محادثات أستانا.");

        assertThat(threat.kinds()).containsExactly(EventKind.WITHDRAWAL);
        assertThat(detector.storyOf(threat, List.of(new StoryDetector.Seen(3, date))))
                .isEmpty();
        assertThat(detector.storyOf(
                        boycott, List.of(new StoryDetector.Seen(3, date), new StoryDetector.Seen(4, threat))))
                .contains(4L);
    }

    @Test
    void aRoundsCloseThatMentionsDetaineesIsStillTheClose() {
        StorySignature close = StorySignature.of(
                "اختتام الجولة الرابعة عشرة من محادثات أستانا",
                "اختتمت في نور سلطان الجولة الرابعة عشرة من محادثات أستانا ببيان للدول الضامنة روسيا وتركيا وإيران.");
        StorySignature closeWithDetainees = StorySignature.of(
                "اختتام الجولة الـ14 من محادثات أستانا بالاتفاق على الإفراج عن محتجزين",
                "اختتمت في نور سلطان الجولة الـ14 من محادثات أستانا واتفقت الدول الضامنة روسيا وتركيا وإيران على"
                        + " الإفراج عن محتجزين.");

        assertThat(detector.storyOf(closeWithDetainees, List.of(new StoryDetector.Seen(5, close))))
                .contains(5L);
    }

    @Test
    void readsAStartStillToComeAsTheNextEventAndAStartThatOnlyDatesSomethingElseAsNone() {
        assertThat(phase("وصول الوفود إلى أستانا عشية انطلاق الجولة الـ23")).isEqualTo(Phase.NEXT);
        assertThat(phase("الوفد يصل إلى أستانا للمشاركة في الجولة التي تبدأ أعمالها غدا"))
                .isEqualTo(Phase.NEXT);
        assertThat(phase("وصل الوفدان إلى جنيف قبل يوم واحد من انطلاق الجولة")).isEqualTo(Phase.NEXT);
        assertThat(phase("أعلنت كازاخستان أن الجولة الـ23 ستعقد في العاصمة يومي 11 و12 حزيران"))
                .isEqualTo(Phase.NEXT);
        assertThat(phase("قال المبعوث في مؤتمر صحفي عقب اختتام الجولة إن النتائج مخيبة"))
                .isEqualTo(Phase.NONE);
        assertThat(phase("بدأت اليوم في أستانا أعمال الجولة الـ23")).isEqualTo(Phase.START);
        assertThat(phase("اختتام الجولة وتحديد موعد الجولة المقبلة")).isEqualTo(Phase.END);
    }

    @Test
    void keepsTheArrivalOfTheDelegationsApartFromTheOpening() {
        StorySignature arrival = StorySignature.of(
                "الوفد الحكومي السوري يصل إلى أستانا للمشاركة في الجولة الثالثة والعشرين",
                "وصل الوفد الحكومي السوري إلى أستانا للمشاركة في الجولة الثالثة والعشرين من المحادثات حول سوريا"
                        + " بمشاركة الدول الضامنة.");
        StorySignature opening = StorySignature.of(
                "بدء أعمال الجولة الثالثة والعشرين من المحادثات حول سوريا في أستانا",
                "بدأت اليوم في أستانا أعمال الجولة الثالثة والعشرين من المحادثات حول سوريا بمشاركة الوفد الحكومي"
                        + " السوري والدول الضامنة.");

        assertThat(arrival.kinds()).containsExactly(EventKind.ARRIVAL);
        assertThat(detector.storyOf(opening, List.of(new StoryDetector.Seen(2, arrival))))
                .isEmpty();
        assertThat(StorySignature.of("المقداد يستقبل المبعوث الأممي", "استقبل وزير الخارجية فيصل المقداد المبعوث.")
                        .kinds())
                .as("فيصل is a name, not ف + يصل")
                .isEmpty();
    }

    private static Phase phase(String sentence) {
        return Phase.of(TermExtractor.words(sentence));
    }

    @Test
    void anArticleRepeatsAStoryOnlyThroughItsFirstReport() {
        // the opening was sent; a vague report joined its story; the close is near the vague report only
        StorySignature vague = StorySignature.of(
                "الجولة الرابعة عشرة من محادثات أستانا حول سوريا بمشاركة الوفود",
                "في نور سلطان الجولة الرابعة عشرة من محادثات أستانا حول سوريا بمشاركة الوفود والدول الضامنة.");
        StorySignature talksInTheCapital = StorySignature.of(
                "محادثات أستانا حول سوريا بمشاركة الوفود في نور سلطان",
                "تتواصل في نور سلطان محادثات أستانا حول سوريا بمشاركة الوفود والدول الضامنة.");

        assertThat(detector.storyOf(talksInTheCapital, List.of(new StoryDetector.Seen(7, vague, false))))
                .as("only a story's first report can be repeated")
                .isEmpty();
        assertThat(detector.storyOf(talksInTheCapital, List.of(new StoryDetector.Seen(7, vague, true))))
                .contains(7L);
    }

    @Test
    void theNamesEveryReportOfANegotiationSharesDoNotMakeTwoReportsOneStory() {
        // a breaking item on the opening, then other news of the same talks: each restates who talks where
        String context = " في محادثات جدة بين ممثلي الجيش السوداني وقوات الدعم السريع برعاية سعودية أمريكية.";
        StorySignature opening = StorySignature.of(
                "انطلاق المحادثات بين الجيش السوداني والدعم السريع في جدة", "انطلقت اليوم الجلسة الأولى" + context);
        List<StoryDetector.Seen> recent = List.of(
                new StoryDetector.Seen(1, opening),
                new StoryDetector.Seen(
                        2, StorySignature.of("توقيع إعلان لحماية المدنيين", "وقع إعلان لحماية المدنيين" + context)),
                new StoryDetector.Seen(
                        3, StorySignature.of("هدنة لسبعة أيام في السودان", "اتفق على هدنة لسبعة أيام" + context)),
                new StoryDetector.Seen(
                        4, StorySignature.of("أول قافلة مساعدات تدخل الخرطوم", "دخلت قافلة مساعدات" + context)),
                new StoryDetector.Seen(
                        5,
                        StorySignature.of("اشتباكات في الخرطوم رغم الهدنة", "تجددت الاشتباكات رغم التفاهم" + context)),
                new StoryDetector.Seen(
                        6,
                        StorySignature.of(
                                "الوسطاء يدعون إلى احترام الهدنة", "دعا الوسطاء إلى احترام الهدنة" + context)));
        StorySignature suspension =
                StorySignature.of("الجيش السوداني يعلق محادثات جدة مع الدعم السريع", "علق الجيش مشاركته" + context);
        StorySignature sameOpening =
                StorySignature.of("بدء محادثات جدة بين الجيش والدعم السريع", "بدأت اليوم الجلسة الأولى" + context);

        assertThat(StoryDetector.overlap(suspension, opening))
                .as("plain overlap alone would merge it")
                .isGreaterThanOrEqualTo(0.4);
        assertThat(detector.storyOf(suspension, recent)).isEmpty();
        assertThat(detector.storyOf(sameOpening, recent)).contains(1L);
    }

    @Test
    void twoReportsOfTheSameEventNeedLessInCommon() {
        StorySignature breaking = StorySignature.of(
                "عاجل: انطلاق الجولة الـ22 من محادثات أستانا حول سوريا",
                "انطلقت في العاصمة الكازاخية صباح الخميس أعمال الجولة الثانية والعشرين من المحادثات حول سوريا.");
        StorySignature delegation = StorySignature.of(
                "الوفد السوري يبدأ مشاركته في الاجتماع الدولي الثاني والعشرين بصيغة أستانا",
                "بدأ الوفد برئاسة معاون وزير الخارجية مشاركته في أعمال الاجتماع الدولي الثاني والعشرين، حيث عقد"
                        + " لقاءات مع وفدي روسيا وإيران.");
        StorySignature noRound = StorySignature.of(
                "الوفد السوري يبدأ مشاركته في الاجتماع الدولي بصيغة أستانا",
                "بدأ الوفد برئاسة معاون وزير الخارجية مشاركته في أعمال الاجتماع الدولي، حيث عقد لقاءات مع وفدي"
                        + " روسيا وإيران.");

        assertThat(StoryDetector.overlap(delegation, breaking)).isBetween(0.3, 0.4);
        assertThat(detector.storyOf(delegation, List.of(new StoryDetector.Seen(4, breaking))))
                .as("both report the opening of the 22nd round")
                .contains(4L);
        assertThat(detector.storyOf(noRound, List.of(new StoryDetector.Seen(4, breaking))))
                .as("without the round's number, as little in common is not enough")
                .isEmpty();
    }

    @Test
    void aStartTheFirstSentenceDatesAheadIsTheNextEvent() {
        StorySignature welcome = StorySignature.of(
                "السعودية والولايات المتحدة ترحبان ببدء محادثات بين الطرفين السودانيين في جدة",
                "رحبت السعودية والولايات المتحدة ببدء المحادثات بين الجيش وقوات الدعم السريع في جدة يوم السبت"
                        + " المقبل.");

        assertThat(welcome.phase()).isEqualTo(Phase.NEXT);
    }

    @Test
    void readsKindsOfNewsOnlyFromTheirWords() {
        assertThat(EventKind.of(TermExtractor.words("تبادل الأسرى بين الطرفين")))
                .containsExactly(EventKind.DETAINEES);
        assertThat(EventKind.of(TermExtractor.words("وفد المعارضة ينسحب من الجلسة")))
                .containsExactly(EventKind.WITHDRAWAL);
        assertThat(EventKind.of(TermExtractor.words("رفض قاطع للشروط وتبادل لوجهات النظر")))
                .isEmpty();
    }

    @Test
    void readsOrdinalsAndCardinalsInDigitsAndWords() {
        StorySignature signature = StorySignature.of(
                "الجولة الحادية والعشرون والجولة الـ22", "قتل ستة مدنيين وأصيب 12 في الجولة الرابعة عشرة.");

        assertThat(signature.ordinals()).containsExactlyInAnyOrder(21, 22, 14);
        assertThat(signature.cardinals()).containsExactlyInAnyOrder(6, 12);
    }

    @Test
    void readsTheFirstRoundAsAnOrdinalButNotTheFirstTime() {
        assertThat(StorySignature.of("انتهاء الجولة الأولى من مفاوضات مسقط", "").ordinals())
                .containsExactly(1);
        assertThat(StorySignature.of("السعودية تفتتح أولى جلسات المحادثات في جدة", "")
                        .ordinals())
                .containsExactly(1);
        assertThat(StorySignature.of("وفدا الطرفين يلتقيان للمرة الأولى منذ سنوات", "")
                        .ordinals())
                .isEmpty();
        assertThat(StorySignature.of("اللجنة تعقد أول اجتماع لها منذ حزيران", "")
                        .ordinals())
                .isEmpty();
        StorySignature firstRoundEnds = StorySignature.of(
                "انتهاء الجولة الأولى من المفاوضات الإيرانية الأمريكية في مسقط",
                "انتهت في مسقط الجولة الأولى من المفاوضات غير المباشرة بين إيران والولايات المتحدة بوساطة عمانية.");
        StorySignature secondRoundEnds = StorySignature.of(
                "انتهاء الجولة الثانية من المفاوضات الإيرانية الأمريكية في روما",
                "انتهت في روما الجولة الثانية من المفاوضات غير المباشرة بين إيران والولايات المتحدة بوساطة عمانية.");
        assertThat(detector.storyOf(secondRoundEnds, List.of(new StoryDetector.Seen(1, firstRoundEnds))))
                .isEmpty();
    }

    @Test
    void aSignatureSurvivesTheStore() {
        StorySignature exchange = StorySignature.of("تبادل محتجزين على هامش محادثات أستانا", "");

        assertThat(StorySignature.decode(ROUND_14.encode())).isEqualTo(ROUND_14);
        assertThat(StorySignature.decode(exchange.encode())).isEqualTo(exchange);
        assertThat(StorySignature.decode("START|14|3|استان جول")) // stored before signatures had kinds
                .isEqualTo(new StorySignature(Set.of("استان", "جول"), Set.of(14), Set.of(3), Phase.START));
    }

    @Test
    void theStorySetIsSplitWithFullPrecisionAndAtLeast90PercentRecall() {
        StoryEvaluation.Result result = StoryEvaluation.evaluate(detector);

        assertThat(result.precision()).as(String.join("\n", result.mistakes())).isEqualTo(1.0);
        assertThat(result.recall()).as(String.join("\n", result.mistakes())).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theHeldOutSetsDoNoWorseThanWhenLastMeasured() {
        // docs/BENCHMARKS.md, "Duplicate stories": each set was run fresh once; these are the figures since
        assertAtLeast("heldout.tsv", 1.0, 0.8);
        assertAtLeast("heldout2.tsv", 0.8, 0.72);
        assertAtLeast("heldout3.tsv", 1.0, 1.0);
        assertAtLeast("heldout4.tsv", 0.81, 1.0);
        assertAtLeast("heldout5.tsv", 1.0, 1.0);
        assertAtLeast("heldout6.tsv", 1.0, 0.5);
        assertAtLeast("heldout7.tsv", 1.0, 0.52);
        assertAtLeast("heldout8.tsv", 1.0, 0.59);
        assertAtLeast("heldout9.tsv", 0.75, 0.34);
        assertAtLeast("heldout10.tsv", 0.75, 0.23);
        assertAtLeast("heldout11.tsv", 0.5, 0.07);
        assertAtLeast("heldout12.tsv", 0.88, 0.51);
        assertAtLeast("heldout13.tsv", 1.0, 0.28);
        assertAtLeast("heldout14.tsv", 0.81, 0.41);
        assertAtLeast("heldout15.tsv", 1.0, 0.16);
        assertAtLeast("heldout16.tsv", 0.85, 0.63);
        assertAtLeast("heldout17.tsv", 0.88, 0.18);
        assertAtLeast("heldout18.tsv", 0.94, 0.31);
        assertAtLeast("heldout19.tsv", 0.68, 0.27);
        assertAtLeast("heldout20.tsv", 1.0, 0.17);
        assertAtLeast("heldout21.tsv", 0.7, 0.48);
        assertAtLeast("heldout22.tsv", 0.86, 0.62);
        assertAtLeast("heldout23.tsv", 1.0, 0.14);
        assertAtLeast("heldout24.tsv", 0.36, 0.16);
        assertAtLeast("heldout25.tsv", 1.0, 0.88);
        assertAtLeast("heldout26.tsv", 0.9, 0.3);
        assertAtLeast("heldout27.tsv", 0.71, 0.51);
        assertAtLeast("heldout28.tsv", 1.0, 0.05);
        assertAtLeast("heldout29.tsv", 0.72, 0.52);
        assertAtLeast("heldout30.tsv", 0.94, 0.58);
    }

    @Test
    void theHelperWrittenSetsLoseNoMoreStoriesThanWhenLastMeasured() {
        // a story is lost when every report of it joins another story's: nobody is sent it. Over sets 6 to 30
        // (379 stories) that happened to 8 stories; the detector before the first-report rule lost 168
        int lost = 0;
        StringBuilder which = new StringBuilder();
        for (int set = 6; set <= 30; set++) {
            StoryEvaluation.Result result = StoryEvaluation.evaluate(detector, "heldout" + set + ".tsv");
            lost += result.lost();
            which.append("heldout")
                    .append(set)
                    .append(": ")
                    .append(result.lost())
                    .append('\n');
        }

        assertThat(lost).as(which.toString()).isLessThanOrEqualTo(8);
    }

    private void assertAtLeast(String file, double precision, double recall) {
        StoryEvaluation.Result result = StoryEvaluation.evaluate(detector, file);
        String mistakes = file + "\n" + String.join("\n", result.mistakes());

        assertThat(result.precision()).as(mistakes).isGreaterThanOrEqualTo(precision);
        assertThat(result.recall()).as(mistakes).isGreaterThanOrEqualTo(recall);
    }
}
