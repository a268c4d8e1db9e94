package talkwatch.feed;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import talkwatch.arabic.BidiControls;

/** What a page says of itself in its head: its headline, its site's name, when it was published (Open Graph). */
final class PageMeta {

    private static final int TITLE_MAX_CHARS = 300;

    private PageMeta() {}

    static String title(Document page) {
        return meta(page, "og:title")
                .or(() -> Optional.of(page.title()).filter(title -> !title.isBlank()))
                .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text))
                .map(PageMeta::clean)
                .filter(title -> !title.isBlank())
                .map(title -> title.length() > TITLE_MAX_CHARS ? title.substring(0, TITLE_MAX_CHARS) : title)
                .orElse("");
    }

    static String site(Document page, URI url) {
        return meta(page, "og:site_name")
                .map(PageMeta::clean)
                .filter(site -> !site.isBlank() && site.length() <= 80)
                .orElse(url.getHost());
    }

    static Optional<Instant> published(Document page) {
        return meta(page, "article:published_time").flatMap(PageMeta::instant);
    }

    private static Optional<String> meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null ? Optional.empty() : Optional.of(meta.attr("content"));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String clean(String text) {
        return ArticleText.collapseSpaces(BidiControls.strip(text)).strip();
    }
}
