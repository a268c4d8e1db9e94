package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkwatch.match.TextQuery;
import talkwatch.testing.TestResources;

/**
 * The search index stores each word under its readings ({@link TextQuery#indexTerms}); summaries indexed before a
 * change to the readings are not found by the new ones until a schema version refills the index. This test notices
 * the change: it fails until the newest {@link SearchIndexMigration} is one that refills, and its fingerprint is
 * updated with it.
 */
class SearchIndexReadingsTest {

    /**
     * The index terms of every word of {@code words/arabic-words.txt}, hashed, as {@link SearchIndexMigration#PRONOUNS}
     * indexed them. (Until 2026-12-06 the words were those of the EASC articles, outside the repository; the readings
     * code was the same when this fingerprint replaced theirs, 75455d5e….)
     */
    private static final String READINGS_OF_VERSION_7 =
            "1862709ceab2ae8f34d9a17a96408d6f04544c31f2574411a28250f398fac58f";

    @Test
    void theNewestIndexMigrationRefillsWithTheReadingsAsTheyAre() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String word : TestResources.text("/words/arabic-words.txt").lines().toList()) {
            digest.update(TextQuery.indexTerms(List.of(word)).getBytes(StandardCharsets.UTF_8));
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
