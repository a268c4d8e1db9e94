package talkwatch.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import talkwatch.arabic.BidiControls;

/** Plain text from feed HTML, a title when the feed has none, and the content hash used as a last-resort key. */
final class ArticleText {
    private static final int TITLE_MAX_CHARS = 90;
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "tr",
            "table",
            "blockquote",
            "pre",
            "section",
            "article",
            "header",
            "footer",
            "figure",
            "figcaption",
            "hr",
            "dd",
            "dt",
            "dl");

    private ArticleText() {}

    /** Reduces HTML to text: one line per paragraph or block, entities decoded, spaces collapsed, trimmed. */
    static String fromHtml(String html) {
        StringBuilder out = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        return lines(out.toString());
    }

    /** Plain text as given (Atom {@code type="text"}), with the same line and space rules as {@link #fromHtml}. */
    static String fromPlain(String text) {
        return lines(text);
    }

    /** One line per paragraph, without the bidi controls a publisher left in ({@link BidiControls}). */
    private static String lines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : BidiControls.strip(text).split("\n")) {
            String clean = collapseSpaces(line).strip();
            if (!clean.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(clean);
            }
        }
        return out.toString();
    }

    /**
     * Replaces each run of spaces, tabs, line breaks, form feeds and no-break spaces (regex {@code [\s\u00A0]+})
     * with one space; by hand, as String.replaceAll compiles its pattern on every call, for every line of every item.
     */
    static String collapseSpaces(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean inRun = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
    }

    /** A title from the text's first sentence, cut at a word boundary near {@value #TITLE_MAX_CHARS} chars. */
    static String titleFrom(String text) {
        String first = text.split("[.!?؟\\n]", 2)[0].strip();
        if (first.length() <= TITLE_MAX_CHARS) {
            return first;
        }
        int cut = first.lastIndexOf(' ', TITLE_MAX_CHARS);
        return first.substring(0, cut > 0 ? cut : TITLE_MAX_CHARS).strip() + "…";
    }

    /** {@code "sha256:"} + hex of the NFC-normalized, lower-cased, space-collapsed title and text. */
    static String contentKey(String title, String text) {
        String normalized = Normalizer.normalize(title + "\n" + text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
