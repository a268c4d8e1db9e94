package talkwatch.deliver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import talkwatch.store.Outlet;
import talkwatch.store.StoredArticle;

/**
 * Turns articles into the HTML of Telegram messages: the title in bold as a link, the summary, the
 * source's name and the publication time, and the other outlets that reported the same story, if any, each a link to
 * its report. Everything from outside is escaped, left-to-right runs are
 * isolated ({@link Isolates}), and every message fits Telegram's 4096-character limit: a longer one is
 * split at sentence boundaries into several messages, never inside a tag. Thread-safe.
 */
public final class MessageFormatter {

    public static final int TELEGRAM_LIMIT = 4096;
    static final int TITLE_LIMIT = 300;
    static final int DIGEST_ENTRY_LIMIT = 1200;
    /** Heads a follow-up. */
    static final String FOLLOW_UP = "🔄 <b>متابعة</b>\n";
    /** Heads the line naming the other outlets that reported the same story. */
    static final String ALSO_IN = "وردت أيضاً في: ";
    /** The other outlets given a link, at most: a story told by dozens must still fit one message. */
    static final int LINKED_OUTLETS = 10;

    private final TimeDisplay time;

    /** Messages with times in UTC. */
    public MessageFormatter() {
        this(TimeDisplay.UTC);
    }

    /** Messages with times shown by {@code time}. */
    public MessageFormatter(TimeDisplay time) {
        this.time = Objects.requireNonNull(time, "time");
    }

    /** A digest: its HTML and how many of the given articles it holds (the first ones). */
    public record Digest(String html, int articles) {}

    /** The message for one article, shortened to fit one message (for /latest and previews). */
    public String format(StoredArticle article) {
        return fit(header(article), sentences(article), footer(article, true), TELEGRAM_LIMIT);
    }

    /**
     * The messages for one article: usually one; more when the summary is longer than Telegram's
     * limit, split between sentences. The header is in the first, the footer in the last.
     */
    public List<String> parts(StoredArticle article) {
        return parts(header(article), sentences(article), footer(article, true), TELEGRAM_LIMIT);
    }

    /**
     * The messages for a follow-up: those of {@link #parts}, headed «متابعة» (follow-up), for a report that probably
     * tells a story already sent, with something of its own; it comes silently, as a reply to the story's message.
     */
    public List<String> followUpParts(StoredArticle article) {
        return parts(FOLLOW_UP + header(article), sentences(article), footer(article, true), TELEGRAM_LIMIT);
    }

    /**
     * Several articles (for /latest and /search) in as few messages as Telegram takes: the heading, then each
     * article, a message holding as many whole articles as fit.
     */
    public List<String> formatAll(String heading, List<StoredArticle> articles) {
        List<String> messages = new ArrayList<>();
        StringBuilder message = new StringBuilder(heading);
        for (StoredArticle article : articles) {
            String entry = fit(header(article), sentences(article), footer(article, false), DIGEST_ENTRY_LIMIT);
            if (message.length() + 2 + entry.length() > TELEGRAM_LIMIT) {
                messages.add(message.toString());
                message.setLength(0);
            }
            message.append(message.isEmpty() ? "" : "\n\n").append(entry);
        }
        messages.add(message.toString());
        return messages;
    }

    /**
     * Folds articles waiting for one chat into one message: a heading, then each article with its first
     * sentence, as many as fit (at least one); the others wait for the next digest.
     */
    public Digest digest(List<StoredArticle> articles) {
        StringBuilder message = new StringBuilder("📬 <b>أخبار فاتتك</b>");
        int count = 0;
        for (StoredArticle article : articles) {
            List<String> first = sentences(article).stream().limit(1).toList();
            String block = "\n\n" + fit(header(article), first, footer(article, false), DIGEST_ENTRY_LIMIT);
            if (message.length() + block.length() > TELEGRAM_LIMIT) {
                break;
            }
            message.append(block);
            count++;
        }
        return new Digest(message.toString(), count);
    }

    private static String header(StoredArticle article) {
        String title = Html.escape(Isolates.wrap(shorten(article.title(), TITLE_LIMIT)));
        if (article.link() == null || article.link().isBlank()) {
            return "<b>" + title + "</b>";
        }
        return "<b><a href=\"" + Html.escapeAttribute(article.link()) + "\">" + title + "</a></b>";
    }

    /**
     * The source and time, and the other outlets of the story: each a link to its report in a message of its own
     * ({@code links}), names only in a list of articles, which must stay short.
     */
    private String footer(StoredArticle article, boolean links) {
        String footer =
                "📰 " + Html.escape(Isolates.wrap(article.sourceName())) + " · " + time.dateTime(article.published());
        if (article.alsoIn().isEmpty()) {
            return footer;
        }
        List<String> outlets = new ArrayList<>();
        for (Outlet outlet : article.alsoIn()) {
            String name = Html.escape(Isolates.wrap(outlet.name()));
            outlets.add(
                    links && outlets.size() < LINKED_OUTLETS && isWebLink(outlet.link())
                            ? "<a href=\"" + Html.escapeAttribute(outlet.link()) + "\">" + name + "</a>"
                            : name);
        }
        return footer + "\n" + ALSO_IN + String.join("، ", outlets);
    }

    private static boolean isWebLink(String link) {
        return link.startsWith("https://") || link.startsWith("http://");
    }

    /** The summary's sentences, isolated and escaped, without one that merely repeats the title. */
    private static List<String> sentences(StoredArticle article) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : article.summary()) {
            if (!sentence.strip().equals(article.title().strip())) {
                sentences.add(Html.escape(Isolates.wrap(sentence)));
            }
        }
        return sentences;
    }

    /** Header, as many whole sentences as fit, footer. A lone overlong sentence is cut at a word. */
    private static String fit(String header, List<String> sentences, String footer, int limit) {
        int room = limit - header.length() - footer.length() - 4;
        List<String> kept = new ArrayList<>();
        int used = 0;
        for (String sentence : sentences) {
            if (used + sentence.length() + 1 > room) {
                if (kept.isEmpty()) {
                    kept.add(cut(sentence, Math.max(0, room / 2)) + "…");
                }
                break;
            }
            kept.add(sentence);
            used += sentence.length() + 1;
        }
        String body = String.join(" ", kept);
        return body.isEmpty() ? header + "\n\n" + footer : header + "\n\n" + body + "\n\n" + footer;
    }

    /** Packs header, sentences and footer into messages of at most {@code limit} characters. */
    static List<String> parts(String header, List<String> sentences, String footer, int limit) {
        List<String> pieces = new ArrayList<>();
        for (String sentence : sentences) {
            pieces.addAll(pieces(sentence, limit));
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder(header);
        String separator = "\n\n";
        for (String piece : pieces) {
            if (part.length() + separator.length() + piece.length() > limit) {
                parts.add(part.toString());
                part = new StringBuilder();
                separator = "";
            }
            part.append(separator).append(piece);
            separator = " ";
        }
        if (part.length() + 2 + footer.length() > limit) {
            parts.add(part.toString());
            part = new StringBuilder(footer);
        } else {
            part.append("\n\n").append(footer);
        }
        parts.add(part.toString());
        return parts;
    }

    /** A sentence in pieces of at most {@code limit} characters, cut at spaces (it holds no tags). */
    private static List<String> pieces(String sentence, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > limit) {
            String piece = cut(rest, limit);
            pieces.add(piece);
            rest = rest.substring(piece.length()).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** The longest start of escaped text up to {@code max} characters, ending at a space, never in an entity. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int at = text.lastIndexOf(' ', max);
        if (at <= max / 2) {
            at = max;
            int amp = text.lastIndexOf('&', at - 1);
            if (amp >= 0 && amp > at - 8 && text.indexOf(';', amp) >= at) {
                at = amp;
            }
        }
        return text.substring(0, at).strip();
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
