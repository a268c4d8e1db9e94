package talkwatch.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void namesTheFileAndWhatItShouldBeWhenItIsNotADatabase() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.db"), "ملاحظات المشرف، وليست قاعدة بيانات");

        assertThatThrownBy(() -> Database.open(notes))
                .isInstanceOf(StoreException.class)
                .hasMessage("database error while opening " + notes + " (storage.path or TALKWATCH_DB must name"
                        + " talkwatch's SQLite file, or a new one): [SQLITE_NOTADB] File opened that is not a database"
                        + " file (file is not a database)");
    }
}
