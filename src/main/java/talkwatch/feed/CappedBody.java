package talkwatch.feed;

import java.io.IOException;
import java.io.InputStream;

/** Reads a response body but gives up as soon as it passes a byte limit, so an endless body costs at most the limit. */
final class CappedBody {

    /** The body passed the limit; carries nothing else because the caller knows the limit. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("body larger than the limit");
        }
    }

    private CappedBody() {}

    /** The whole of {@code in}, closed afterwards; a {@link TooLargeException} once more than {@code limit} bytes came. */
    static byte[] read(InputStream in, long limit) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new TooLargeException();
            }
            return bytes;
        }
    }
}
