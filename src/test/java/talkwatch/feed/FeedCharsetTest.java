package talkwatch.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedCharsetTest {
    private static final String ARABIC = "<?xml version=\"1.0\"?><t>محادثات السلام في جنيف</t>";

    @Test
    void honoursAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = concat(bom, ARABIC.getBytes(StandardCharsets.UTF_8));

        assertThat(FeedCharset.decode(body, Optional.of(FeedCharset.WINDOWS_1256)))
                .isEqualTo(ARABIC);
    }

    @Test
    void readsUtf16WithItsMark() {
        byte[] body = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));

        assertThat(FeedCharset.decode(body, Optional.empty())).isEqualTo(ARABIC);
    }

    @Test
    void guessesWindows1256ForUndeclaredNonUtf8Bytes() {
        byte[] body = ARABIC.getBytes(FeedCharset.WINDOWS_1256);

        assertThat(FeedCharset.decode(body, Optional.empty())).isEqualTo(ARABIC);
    }

    @Test
    void keepsUtf8WhenOnlyOneByteIsBroken() {
        byte[] good = ARABIC.repeat(20).getBytes(StandardCharsets.UTF_8);
        good[good.length - 10] = (byte) 0xFF;

        assertThat(FeedCharset.decode(good, Optional.empty()))
                .contains("محادثات السلام")
                .contains("\uFFFD");
    }

    @Test
    void takesTheDeclaredCharsetThatFitsTheBytes() {
        String declared = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><t>هدنة</t>";
        byte[] body = declared.getBytes(FeedCharset.WINDOWS_1256);

        assertThat(FeedCharset.decode(body, Optional.of(StandardCharsets.UTF_8)))
                .isEqualTo(declared);
    }

    @Test
    void readsTheCharsetOfAContentType() {
        assertThat(FeedCharset.fromContentType("application/rss+xml; charset=\"windows-1256\""))
                .contains(FeedCharset.WINDOWS_1256);
        assertThat(FeedCharset.fromContentType("text/xml;charset=UTF-8")).contains(StandardCharsets.UTF_8);
        assertThat(FeedCharset.fromContentType("text/xml; charset=nonsense-42")).isEmpty();
        assertThat(FeedCharset.fromContentType("text/xml")).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
