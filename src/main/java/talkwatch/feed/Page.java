package talkwatch.feed;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An article page read from a link a user sent, reduced to plain text (bidi controls removed).
 *
 * @param url where the page was found, after redirects
 * @param title the page's headline: its {@code og:title}, else its {@code <title>}, else its first {@code <h1>}
 * @param text the page's main text, one paragraph per line ({@link MainText})
 * @param site the site's name ({@code og:site_name}), else its host name
 * @param published the page's {@code article:published_time}, if it gives one
 */
public record Page(URI url, String title, String text, String site, Optional<Instant> published) {
    public Page {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(published, "published");
    }
}
