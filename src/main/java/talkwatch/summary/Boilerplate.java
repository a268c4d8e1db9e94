package talkwatch.summary;

import java.util.List;
import java.util.regex.Pattern;
import talkwatch.arabic.ArabicText;

/**
 * Recognizes page furniture that scraped article text keeps: "read also" links, share and follow prompts, photo
 * captions and credits, bylines, copyright lines. Such sentences are never summary candidates. Patterns are written
 * in {@link ArabicText#normalize normalized} spelling.
 */
final class Boilerplate {

    private static final Pattern STARTS_LIKE_FURNITURE = Pattern.compile(
            "^[(\\[«\"]?\\s*(اقرا ايضا|اقرا المزيد|اقرا كذلك|شاهد ايضا|شاهد الفيديو|طالع ايضا|للمزيد|تابعونا"
                    + "|تابعنا علي|شارك المقال|شارك الخبر|شارك هذا|اشترك في|اضغط هنا|انقر هنا|رابط مختصر"
                    + "|مواضيع ذات صله|اخبار ذات صله|ذات صله|مصدر الصوره|جميع الحقوق محفوظه"
                    + "|read more|share|follow us|photo|getty|©)(?!\\p{L})");
    private static final Pattern CAPTION = Pattern.compile(
            "^[(\\[]?\\s*(الصوره|صوره|بالصور)(?!\\p{L})|\\((رويترز|ا ف ب|ا\\.ف\\.ب|الاناضول|getty|afp|reuters)\\)$");
    /** A date line: a weekday then a date ("الخميس ٢٧ أبريل ٢٠١٧ - 10:45"), or a publication stamp. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه)\\s*[،,]?\\s*\\d|^(اخر تحديث|تاريخ النشر|نشر في)(?!\\p{L})");

    private static final Pattern BYLINE = Pattern.compile("^(بقلم|كتب|كتبت|تحرير|اعداد|مراسل\\S*|المصدر)\\s*[:\\-–—]");
    private static final List<String> SOCIAL = List.of(
            "فيسبوك",
            "فيس بوك",
            "تويتر",
            "تلغرام",
            "تليغرام",
            "تيليجرام",
            "انستغرام",
            "انستجرام",
            "يوتيوب",
            "واتساب",
            "حقوق النشر",
            "الحقوق محفوظه");
    /** A "read more" link anywhere in a short line: «متتبع السرديات · أيلول ٢٠٢٦ · اقرأ على الموقع». */
    private static final Pattern READ_MORE = Pattern.compile(
            "(?<!\\p{L})(اقرا علي الموقع|اقرا المزيد|اقرا ايضا|اقرا القصه كامله|اقرا الخبر كاملا|اقرا المقال كاملا"
                    + "|read more|read on)(?!\\p{L})");
    /** Separators of a breadcrumb or a metadata line: «الرئيسية › أخبار › سوريا», «المصدر · التاريخ · القسم». */
    private static final Pattern META_SEPARATOR = Pattern.compile("[·|•›]");

    private static final int SHORT_LINE_WORDS = 12;

    private Boilerplate() {}

    static boolean isBoilerplate(String sentence) {
        String normalized = ArabicText.normalize(sentence);
        return isBoilerplate(normalized, normalized.split(" ").length);
    }

    /** Like {@link #isBoilerplate(String)} for a sentence already normalized, of {@code words} words. */
    static boolean isBoilerplate(String normalized, int words) {
        if (STARTS_LIKE_FURNITURE.matcher(normalized).lookingAt()
                || BYLINE.matcher(normalized).lookingAt()) {
            return true;
        }
        return words <= SHORT_LINE_WORDS
                && (CAPTION.matcher(normalized).find()
                        || DATE_LINE.matcher(normalized).lookingAt()
                        || READ_MORE.matcher(normalized).find()
                        || isMetadata(normalized)
                        || SOCIAL.stream().anyMatch(normalized::contains));
    }

    /** Two or more separators such as {@code ·} or {@code ›} in a short line: metadata or a breadcrumb, not prose. */
    private static boolean isMetadata(String normalized) {
        return META_SEPARATOR.matcher(normalized).results().limit(2).count() == 2;
    }
}
