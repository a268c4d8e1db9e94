package talkwatch.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CastTest {

    private static final Cast CAST = new Cast(List.of(
            new Person("ألكسندر لافرنتييف", List.of("لافرنتييف"), List.of("المبعوث الروسي")),
            new Person("غير بيدرسن", List.of("بيدرسن"), List.of("المبعوث الأممي")),
            new Person("محمد إبراهيم طاهريان", List.of("طاهريان"), List.of()),
            new Person("ماجد الأنصاري", List.of("الأنصاري"), List.of("المتحدث باسم الخارجية القطرية")),
            new Person("ناصر كنعاني", List.of("كنعاني"), List.of())));

    @Test
    void aNameSpelledAsHeardIsStillTheName() {
        assertThat(CAST.named("قال لافرينتييف إن الجولة المقبلة في أستانا")).containsExactly("ألكسندر لافرنتييف");
        assertThat(CAST.named("وصل بيدرسون إلى دمشق")).containsExactly("غير بيدرسن");
        assertThat(CAST.named("المبعوث الروسي يصل إلى جنيف")).containsExactly("ألكسندر لافرنتييف");
    }

    @Test
    void aWordWithTheLettersOfANameIsNotTheName() {
        assertThat(CAST.named("الوفد الإيراني يصل من طهران إلى أستانا"))
                .as("two vowels more are another word")
                .isEmpty();
        assertThat(CAST.named("احتفالات النصر في العاصمة")).isEmpty();
        assertThat(CAST.named("مرج بني عامر وسهل كنعان"))
                .as("an ending more is another word")
                .isEmpty();
    }
}
