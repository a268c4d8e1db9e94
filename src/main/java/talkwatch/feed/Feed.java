package talkwatch.feed;

import java.net.URI;
import java.util.Objects;

/** A feed to poll: a stable id (used in keys and messages), a display name and its URL. */
public record Feed(String id, String name, URI url) {
    public Feed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }
}
