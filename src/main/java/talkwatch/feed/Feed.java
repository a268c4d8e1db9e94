package talkwatch.feed;

import java.net.URI;
import java.util.Objects;

/**
 * A feed to poll: a stable id (used in keys and messages), a display name, its URL, and whether each new item's
 * page is fetched for its full text (for feeds that carry only teasers).
 */
public record Feed(String id, String name, URI url, boolean fullText) {
    public Feed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }

    /** A feed whose items are taken as they are, without fetching their pages. */
    public Feed(String id, String name, URI url) {
        this(id, name, url, false);
    }

    /** The same feed at another address, e.g. where a permanent redirect points. */
    public Feed at(URI other) {
        return new Feed(id, name, other, fullText);
    }
}
