package talkwatch.deliver;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import talkwatch.store.StoredArticle;

/**
 * Turns an article into the HTML of a Telegram message: the title in bold as a link, the summary, the
 * source's name and the publication time. Everything from outside is escaped, and the result always
 * fits Telegram's 4096-character limit.
 */
public final class MessageFormatter {

    public static final int TELEGRAM_LIMIT = 4096;
    static final int TITLE_LIMIT = 300;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy، HH:mm", Locale.forLanguageTag("ar"))
            .withZone(ZoneId.of("UTC"));

    /** The message for one article. */
    public String format(StoredArticle article) {
        return fit(header(article), withoutTitle(article), footer(article), TELEGRAM_LIMIT);
    }

    /** Several articles in one message (for /latest), newest first, as many as fit. */
    public String formatAll(String heading, List<StoredArticle> articles) {
        StringBuilder message = new StringBuilder(heading);
        for (StoredArticle article : articles) {
            String block = "\n\n" + fit(header(article), withoutTitle(article), footer(article), 1200);
            if (message.length() + block.length() > TELEGRAM_LIMIT) {
                break;
            }
            message.append(block);
        }
        return message.toString();
    }

    private static String header(StoredArticle article) {
        String title = Html.escape(shorten(article.title(), TITLE_LIMIT));
        if (article.link() == null || article.link().isBlank()) {
            return "<b>" + title + "</b>";
        }
        return "<b><a href=\"" + Html.escapeAttribute(article.link()) + "\">" + title + "</a></b>";
    }

    private static String footer(StoredArticle article) {
        return "📰 " + Html.escape(article.sourceName()) + " · " + TIME.format(article.published()) + " (غرينتش)";
    }

    /** Header, as many whole summary sentences as fit, footer. A lone overlong sentence is cut at a word. */
    private static String fit(String header, List<String> summary, String footer, int limit) {
        int room = limit - header.length() - footer.length() - 4;
        List<String> kept = new ArrayList<>();
        int used = 0;
        for (String sentence : summary) {
            String escaped = Html.escape(sentence);
            if (used + escaped.length() + 1 > room) {
                if (kept.isEmpty()) {
                    kept.add(Html.escape(shorten(sentence, Math.max(0, room / 2))));
                }
                break;
            }
            kept.add(escaped);
            used += escaped.length() + 1;
        }
        String body = String.join(" ", kept);
        return body.isEmpty() ? header + "\n\n" + footer : header + "\n\n" + body + "\n\n" + footer;
    }

    /** The summary without a sentence that merely repeats the title shown above it. */
    private static List<String> withoutTitle(StoredArticle article) {
        String title = article.title().strip();
        return article.summary().stream()
                .filter(sentence -> !sentence.strip().equals(title))
                .toList();
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
