package talkwatch.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files of {@code src/test/resources}, read from the test class path: the fixtures every ordinary test needs. */
public final class TestResources {

    private TestResources() {}

    /** The bytes of {@code path}, e.g. {@code /feeds/rss2-windows-1256.xml}. */
    public static byte[] bytes(String path) {
        try (InputStream in = TestResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path + " (src/test/resources" + path + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read test resource " + path, e);
        }
    }

    /** The text of a UTF-8 resource. */
    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }
}
