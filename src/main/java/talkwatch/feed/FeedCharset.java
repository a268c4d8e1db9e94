package talkwatch.feed;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns feed bytes into characters. Order: a byte-order mark; then the charset from the HTTP Content-Type, then
 * the one in the XML declaration, taking the first under which the bytes are valid; then UTF-8, unless the bytes
 * are mostly invalid UTF-8: then windows-1256, because Arabic sites still serve it without saying so.
 */
final class FeedCharset {
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern XML_DECLARATION_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private FeedCharset() {}

    static Optional<Charset> fromContentType(String contentType) {
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    static String decode(byte[] bytes, Optional<Charset> fromHttp) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        List<Charset> declared = new ArrayList<>();
        fromHttp.ifPresent(declared::add);
        fromXmlDeclaration(bytes).ifPresent(declared::add);
        for (Charset charset : declared) {
            Optional<String> text = strict(bytes, charset);
            if (text.isPresent()) {
                return text.get();
            }
        }
        if (!declared.isEmpty() && !declared.get(0).equals(StandardCharsets.UTF_8)) {
            // Wrong somewhere, but a publisher who names a legacy charset usually means it.
            return new String(bytes, declared.get(0));
        }
        return utf8OrWindows1256(bytes);
    }

    /**
     * UTF-8 unless the bytes are mostly not UTF-8, then windows-1256. Servers often send {@code charset=utf-8} by
     * default over windows-1256 files; a UTF-8 feed with a stray bad byte, on the other hand, should stay UTF-8.
     */
    private static String utf8OrWindows1256(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        long nonAscii = 0;
        for (byte b : bytes) {
            if (b < 0) {
                nonAscii++;
            }
        }
        return replaced * 20 > nonAscii ? new String(bytes, WINDOWS_1256) : text;
    }

    /** The encoding named in {@code <?xml ... encoding="..."?>}, read as ASCII (the declaration is ASCII). */
    static Optional<Charset> fromXmlDeclaration(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = XML_DECLARATION_ENCODING.matcher(head.stripLeading());
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
