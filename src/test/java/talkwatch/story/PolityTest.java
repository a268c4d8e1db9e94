package talkwatch.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import talkwatch.arabic.TermExtractor;

class PolityTest {

    @Test
    void aStatesNameAndItsAdjectiveShareARoot() {
        assertThat(List.of("سوريا", "السوري", "السوريه", "سوري").stream()
                        .map(Polity::root)
                        .distinct())
                .containsExactly("سور");
        assertThat(Polity.root("مصر")).isEqualTo(Polity.root("المصريه"));
    }

    @Test
    void aStateIsNamedByItsNameItsAdjectiveOrItsCapital() {
        assertThat(List.of("تركيا", "التركي", "التركيه", "انقره").stream()
                        .map(Polity::state)
                        .distinct())
                .containsExactly(Optional.of("ترك"));
        assertThat(Polity.state("غوتيريش")).isEqualTo(Polity.state("الامم"));
    }

    @Test
    void wordsThatNameNoStateNameNone() {
        assertThat(Polity.state("الثنائي")).isEmpty();
        assertThat(Polity.state("الحكومي")).isEmpty();
        assertThat(Polity.state("المعارضه")).isEmpty();
    }

    @Test
    void theOpeningsWordsOfOfficeAreReadWhateverTheirHamza() {
        assertThat(Polity.atOpening(TermExtractor.words("الرئيس التركي: لن ننسحب من نقاط المراقبة")))
                .containsExactly("ترك");
        assertThat(Polity.atOpening(TermExtractor.words("مسؤول روسي: الجولة المقبلة في موعدها")))
                .containsExactly("روس");
    }

    @Test
    void aTitleSpeaksForWhomItServesNotWhereNorForTheOppositionsCountry() {
        assertThat(Polity.statesIn("الرئيس المصري")).containsExactly("مصر");
        assertThat(Polity.statesIn("المنسق الخاص للأمم المتحدة")).containsExactly("امم");
        assertThat(Polity.statesIn("المبعوث الأممي إلى سوريا")).containsExactly("امم");
        assertThat(Polity.statesIn("السفير الروسي لدى سوريا")).containsExactly("روس");
        assertThat(Polity.statesIn("رئيس وفد المعارضة السورية")).isEmpty();
    }
}
