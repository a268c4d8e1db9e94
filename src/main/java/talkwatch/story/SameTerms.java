package talkwatch.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms that say the same thing in a report, once stemmed, so that two outlets' words for one fact count as shared:
 * the opening of an event (انطلاق، بدء، افتتاح and their verbs), its close (اختتام، ختام، انتهاء), a country and its
 * adjective (روسيا / الروسي), a killing (مقتل، قتيل / قتل), detainees and their release (معتقل / محتجز، أفرج /
 * الإفراج). Outlets vary most in exactly these words; what sets two
 * events apart (which round, which count, start or end) is judged by {@link Phase} and {@link Numbers}, not here.
 */
final class SameTerms {

    private static final Map<String, String> CANONICAL = canonical();

    private SameTerms() {}

    /** The term that stands for {@code stem} and its synonyms. */
    static String of(String stem) {
        return CANONICAL.getOrDefault(stem, stem);
    }

    private static Map<String, String> canonical() {
        Map<String, String> canonical = new HashMap<>();
        // light stems (TermExtractor): بدأت → بد، تنتهي → تنته
        List.of(
                        "انطلاق", "انطلقت", "انطلق", "تنطلق", "ينطلق", "بدء", "بد", "تبدا", "يبدا", "افتتاح", "افتتحت",
                        "افتتح", "تفتتح", "يفتتح")
                .forEach(stem -> canonical.put(stem, "انطلاق"));
        List.of("اختتام", "اختتمت", "اختتم", "تختتم", "يختتم", "ختام", "انتهاء", "انتهت", "انته", "تنته", "ينته")
                .forEach(stem -> canonical.put(stem, "اختتام"));
        canonical.put("روسيا", "روس");
        canonical.put("تركيا", "ترك");
        canonical.put("ايران", "اير");
        canonical.put("سوريا", "سوري");
        canonical.put("معتقل", "محتجز");
        List.of("افرج", "افرجت", "يفرج", "تفرج").forEach(stem -> canonical.put(stem, "افراج"));
        canonical.put("مقتل", "قتل");
        canonical.put("قتيل", "قتل");
        return Map.copyOf(canonical);
    }
}
