package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import talkwatch.match.TextQuery;
import talkwatch.testing.SharedData;

/**
 * The search index stores each word under its readings ({@link TextQuery#indexTerms}); summaries indexed before a
 * change to the readings are not found by the new ones until a schema version refills the index. This test notices
 * the change: it fails until the newest {@link SearchIndexMigration} is one that refills, and its fingerprint is
 * updated with it.
 */
class SearchIndexReadingsTest {

    /** The index terms of every EASC article, hashed, as {@link SearchIndexMigration#PRONOUNS} indexed them. */
    private static final String READINGS_OF_VERSION_7 =
            "75455d5e8a1224aaa2869e17a6b77a57b81eff336bcb8a20f06807f126c66a8c";

    @Test
    void theNewestIndexMigrationRefillsWithTheReadingsAsTheyAre() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.list(SharedData.root().resolve("data/easc/articles"))) {
            for (Path file : files.sorted().toList()) {
                digest.update(
                        TextQuery.indexTerms(List.of(Files.readString(file))).getBytes(StandardCharsets.UTF_8));
            }
        }
        String fingerprint = HexFormat.of().formatHex(digest.digest());

        assertThat(SearchIndexMigration.PRONOUNS.getVersion().getVersion()).isEqualTo("7");
        assertThat(fingerprint)
                .as("the words of a summary are indexed under other readings than version 7 stored: add a"
                        + " SearchIndexMigration version that refills the index, register it in Database, and put this"
                        + " fingerprint here with it")
                .isEqualTo(READINGS_OF_VERSION_7);
    }
}
