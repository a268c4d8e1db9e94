package talkwatch.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes {@code Content-Encoding: gzip | deflate}, which the fetcher asks for itself (so the HTTP client leaves it to us). Output is capped, since a few
 * kilobytes of gzip can inflate to gigabytes.
 */
final class ContentDecoding {
    private ContentDecoding() {}

    /** @throws CappedBody.TooLargeException when the decoded body passes {@code limit} */
    static byte[] decode(byte[] body, String contentEncoding, long limit) throws IOException {
        String encoding = contentEncoding.trim().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "", "identity":
                return body;
            case "gzip", "x-gzip":
                return readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), limit);
            case "deflate":
                return inflate(body, limit);
            default:
                throw new IOException("unsupported Content-Encoding '" + contentEncoding + "'");
        }
    }

    /**
     * "deflate" is meant to be zlib-wrapped (RFC 9110, section 8.4.1.2), but some servers send a raw deflate
     * stream, so try that when the zlib header is missing.
     */
    private static byte[] inflate(byte[] body, long limit) throws IOException {
        boolean zlib =
                body.length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] & 0xFF) << 8 | (body[1] & 0xFF)) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        try {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), inflater), limit);
        } finally {
            inflater.end();
        }
    }

    private static byte[] readCapped(InputStream in, long limit) throws IOException {
        return CappedBody.read(in, limit);
    }
}
