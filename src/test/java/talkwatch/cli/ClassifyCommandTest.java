package talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Main;

class ClassifyCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsEachFileWithItsTopicsOrADash() throws Exception {
        Path talks = write(
                "talks.txt",
                "من أستانا إلى جنيف: مسارات الحل السوري\nيرى محللون أن محادثات أستانا مهدت لجولة جنيف السورية.");
        Path club = write("club.txt", "نادي أستانا يفوز على ضيفه\nفاز نادي أستانا الكازاخي في الدوري.");
        Path headlineOnly = write("headline.txt", "انطلاق الجولة الجديدة من محادثات أستانا");

        int exit = run("classify", talks.toString(), club.toString(), headlineOnly.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .isEqualTo(talks + "\tastana,geneva\n" + club + "\t-\n" + headlineOnly + "\tastana\n");
    }

    @Test
    void readsTheTopicsOfTheGivenConfiguration() throws Exception {
        Path config = write("talkwatch.yml", """
                feeds:
                  - id: news
                    name: "أخبار"
                    url: https://example.org/rss.xml
                topics:
                  - id: ceasefire
                    name: "الهدنة"
                    keywords: ["هدنة"]
                """);
        Path article = write("a.txt", "تمديد الهدنة في غزة\nأعلن الوسطاء تمديد الهدنة يومين.");

        assertThat(run("classify", "--config", config.toString(), article.toString()))
                .isZero();
        assertThat(out.toString()).isEqualTo(article + "\tceasefire\n");
    }

    @Test
    void exitsWithTwoOnAMissingFileOrABadConfiguration() throws Exception {
        assertThat(run("classify", dir.resolve("absent.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("absent.txt: no such file");

        Path config = write("bad.yml", "topics: []\nfeeds: []\n");
        Path article = write("a.txt", "عنوان\nنص");
        assertThat(run("classify", "--config", config.toString(), article.toString()))
                .isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void needsAtLeastOneFile() {
        assertThat(run("classify")).isEqualTo(2);
        assertThat(err.toString()).contains("FILE");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private int run(String... args) {
        return Main.execute(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
