package talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import talkwatch.config.ConfigException;
import talkwatch.store.Storage;

class TargetUrlTest {

    @Test
    void takesTheRoleOutOfTheUrlAndKeepsTheOtherParameters() {
        Storage.Postgres target = TargetUrl.parse(
                "jdbc:postgresql://db:5432/talkwatch?currentSchema=t123&user=postgres&sslmode=require",
                Optional.of("secret"));

        assertThat(target.url()).isEqualTo("jdbc:postgresql://db:5432/talkwatch?currentSchema=t123&sslmode=require");
        assertThat(target.user()).isEqualTo("postgres");
        assertThat(target.password()).contains("secret");
    }

    @Test
    void readsAnEncodedRoleAndLeavesNoQuestionMarkBehind() {
        Storage.Postgres target = TargetUrl.parse("jdbc:postgresql://db/talkwatch?user=talk%40watch", Optional.empty());

        assertThat(target.url()).isEqualTo("jdbc:postgresql://db/talkwatch");
        assertThat(target.user()).isEqualTo("talk@watch");
        assertThat(target.password()).isEmpty();
    }

    @Test
    void refusesAUrlThatNamesNoRole() {
        assertThatThrownBy(() -> TargetUrl.parse("jdbc:postgresql://db:5432/talkwatch?user=", Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--to jdbc:postgresql://db:5432/talkwatch names no role; add ?user=NAME, the role"
                        + " talkwatch is to connect as (the password from TALKWATCH_DB_PASSWORD)");
    }

    @Test
    void refusesAPasswordInTheUrlWithoutShowingIt() {
        for (String url : new String[] {
            "jdbc:postgresql://db/talkwatch?user=talkwatch&password=hunter2",
            "jdbc:postgresql://db/talkwatch?PASSWORD=hunter2&user=talkwatch",
            "jdbc:postgresql://talkwatch:hunter2@db/talkwatch?user=talkwatch"
        }) {
            assertThatThrownBy(() -> TargetUrl.parse(url, Optional.empty()))
                    .as(url)
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("--to holds a password; remove it from the URL and export TALKWATCH_DB_PASSWORD"
                            + " instead");
        }
    }

    @Test
    void refusesWhatIsNoPostgresqlUrlWithoutShowingAPasswordInIt() {
        assertThatThrownBy(() -> TargetUrl.parse("postgresql://talkwatch:hunter2@db/talkwatch", Optional.empty()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--to postgresql://talkwatch:***@db/talkwatch is not a PostgreSQL JDBC URL; expected"
                        + " jdbc:postgresql://host[:port]/database?user=NAME (the password from"
                        + " TALKWATCH_DB_PASSWORD)");
        assertThatThrownBy(() -> TargetUrl.parse("jdbc:sqlite:data/talkwatch.db", Optional.empty()))
                .hasMessageStartingWith("--to jdbc:sqlite:data/talkwatch.db is not a PostgreSQL JDBC URL");
    }
}
