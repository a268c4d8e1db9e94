package talkwatch.store;

import java.util.Objects;

/**
 * Another outlet that reported a story, and the link to its report ({@code ""} when its feed gave none).
 *
 * @param name the outlet's name, as its feed is configured
 * @param link the link to its first report of the story
 */
public record Outlet(String name, String link) {
    public Outlet {
        Objects.requireNonNull(name, "name");
        link = link == null ? "" : link;
    }
}
