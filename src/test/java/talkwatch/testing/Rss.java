package talkwatch.testing;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Builds RSS 2.0 documents for tests; text is escaped as a real feed would escape it. */
public final class Rss {

    /** One item: {@code description} may hold HTML, as real feeds' descriptions do. */
    public record Item(String guid, String title, String description, ZonedDateTime published) {}

    private final List<Item> items = new ArrayList<>();

    public Rss add(Item item) {
        items.add(0, item);
        return this;
    }

    public String xml() {
        return newest(items.size());
    }

    /** The document with only the {@code count} items added last, as a feed that keeps its newest items. */
    public String newest(int count) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                <title>أخبار اختبار</title><link>https://example.org/</link><description>خلاصة اختبار</description>
                """);
        for (Item item : items.subList(0, Math.min(count, items.size()))) {
            xml.append("<item><guid isPermaLink=\"false\">")
                    .append(escape(item.guid()))
                    .append("</guid><title>")
                    .append(escape(item.title()))
                    .append("</title><link>https://example.org/news/")
                    .append(escape(item.guid()))
                    .append("</link><description>")
                    .append(escape(item.description()))
                    .append("</description><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            item.published().withZoneSameInstant(ZoneOffset.UTC)))
                    .append("</pubDate></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
