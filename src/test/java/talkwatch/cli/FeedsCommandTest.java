package talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.Main;

class FeedsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path config;

    @BeforeEach
    void writeConfig() throws Exception {
        config = dir.resolve("talkwatch.yml");
        Files.writeString(config, """
                feeds:
                  - id: bbc-arabic
                    name: "بي بي سي عربي"
                    url: https://feeds.bbci.co.uk/arabic/rss.xml
                  - id: quotes
                    name: "A & B <\\"news\\">"
                    url: https://example.org/feed?a=1&b=2
                topics:
                  - id: astana
                    name: "محادثات أستانا"
                    keywords: ["أستانا"]
                """);
    }

    @Test
    void importPrintsYamlForTheFeedsNotYetConfigured() throws Exception {
        Path opml = dir.resolve("reader.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>x</title></head><body>
                  <outline text="أخبار">
                    <outline type="rss" text="الجزيرة نت" xmlUrl="https://www.aljazeera.net/aljazeerarss/a7c186be.xml"/>
                    <outline type="rss" text="BBC" title="BBC Arabic" xmlUrl="https://feeds.bbci.co.uk/arabic/rss.xml"/>
                  </outline>
                  <outline type="rss" text="Enab Baladi" xmlUrl="https://www.enabbaladi.net/feed"/>
                  <outline type="rss" text="local" xmlUrl="file:///etc/passwd"/>
                </body></opml>
                """);

        int exit = run("feeds", "import", "--config", config.toString(), opml.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .isEqualTo("# 2 feeds from " + opml + " to add under feeds: in " + config
                        + " (1 already configured, 1 not http(s), left out)\n"
                        + "  - id: aljazeera-net\n"
                        + "    name: \"الجزيرة نت\"\n"
                        + "    url: \"https://www.aljazeera.net/aljazeerarss/a7c186be.xml\"\n"
                        + "  - id: enab-baladi\n"
                        + "    name: \"Enab Baladi\"\n"
                        + "    url: \"https://www.enabbaladi.net/feed\"\n");
    }

    @Test
    void importMakesIdsShortEnoughForTheConfiguration() throws Exception {
        Path opml = dir.resolve("long.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><body>
                  <outline type="rss" text="Syrian Observatory for Human Rights - Daily Arabic News Digest"
                           xmlUrl="https://example.org/digest.xml"/>
                </body></opml>
                """);

        assertThat(run("feeds", "import", "--config", config.toString(), opml.toString()))
                .isZero();

        assertThat(out.toString()).startsWith("# 1 feed from ").contains("  - id: syrian-observatory-for-human-rig\n");
    }

    @Test
    void importRefusesADoctype() throws Exception {
        Path opml = dir.resolve("evil.opml");
        Files.writeString(
                opml,
                "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<opml version=\"2.0\"><body><outline text=\"&x;\" xmlUrl=\"https://e.org/f\"/></body></opml>");

        int exit = run("feeds", "import", "--config", config.toString(), opml.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("talkwatch: " + opml + ": not well-formed XML: ")
                .contains("DOCTYPE");
    }

    @Test
    void exportWritesOpmlThatImportsBackToTheSameFeeds() throws Exception {
        int exit = run("feeds", "export", "--config", config.toString());

        assertThat(exit).isZero();
        String opml = out.toString();
        assertThat(opml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">")
                .contains("<outline type=\"rss\" text=\"بي بي سي عربي\" title=\"بي بي سي عربي\""
                        + " xmlUrl=\"https://feeds.bbci.co.uk/arabic/rss.xml\"/>")
                .contains("xmlUrl=\"https://example.org/feed?a=1&amp;b=2\"");
        Path file = dir.resolve("export.opml");
        Files.writeString(file, opml);
        assertThat(Opml.read(file))
                .containsExactly(
                        new Opml.Outline("بي بي سي عربي", "https://feeds.bbci.co.uk/arabic/rss.xml"),
                        new Opml.Outline("A & B <\"news\">", "https://example.org/feed?a=1&b=2"));
    }

    private int run(String... args) {
        return Main.execute(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
