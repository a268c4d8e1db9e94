package talkwatch.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BidiControlsTest {

    @Test
    void removesEveryEmbeddingOverrideAndIsolate() {
        String controls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
        for (char c : controls.toCharArray()) {
            assertThat(BidiControls.strip("وفد\u0020" + c + "المعارضة")).isEqualTo("وفد المعارضة");
        }
        assertThat(BidiControls.strip("\u202Eانطلاق الجولة\u202C الثانية والعشرين" + controls))
                .isEqualTo("انطلاق الجولة الثانية والعشرين");
    }

    @Test
    void keepsTheMarksAndEverythingElse() {
        String text = "قال \u200Fلافرنتييف\u200E إن Astana-22 «ناجحة» \u061C‎";

        assertThat(BidiControls.strip(text)).isSameAs(text);
    }
}
