package talkwatch.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import talkwatch.feed.Network;

/**
 * The {@code links} section: where links from outside (feeds' redirects and pages, users' links) may lead, and how many
 * links a user may have summarized.
 */
final class LinksSection {

    static final Set<String> KEYS = Set.of("allowNetworks", "perUserPerMinute", "perUserPerDay");

    private LinksSection() {}

    static Config.Links read(Section root) {
        Optional<Section> links = root.optional("links").map(section -> section.allowOnly(KEYS));
        if (links.isEmpty()) {
            return Config.Links.defaults();
        }
        List<Network> allowed = new ArrayList<>();
        Optional<Section> networks = links.get().optional("allowNetworks");
        if (networks.isPresent()) {
            String expected = "a network in CIDR notation such as 10.20.0.0/16 or fd00::/8";
            for (Section item : networks.get().list("a list of networks in CIDR notation, e.g. [10.20.0.0/16]")) {
                String text = item.text(expected);
                try {
                    allowed.add(Network.parse(text));
                } catch (IllegalArgumentException e) {
                    throw item.error("expected " + expected + ", got \"" + text + "\" (" + e.getMessage() + ")");
                }
            }
        }
        Config.Links defaults = Config.Links.defaults();
        return new Config.Links(
                allowed,
                limit(
                        links.get(),
                        "perUserPerMinute",
                        "links one user may have summarized in a minute",
                        60,
                        defaults.perUserPerMinute()),
                limit(
                        links.get(),
                        "perUserPerDay",
                        "links one user may have summarized in a day",
                        10_000,
                        defaults.perUserPerDay()));
    }

    private static int limit(Section links, String key, String what, int max, int fallback) {
        Optional<Section> value = links.optional(key);
        if (value.isEmpty()) {
            return fallback;
        }
        String expected = "a number of " + what + ", from 1 to " + max;
        long number = value.get().integer(expected);
        if (number < 1 || number > max) {
            throw value.get().error("expected " + expected + ", got " + number);
        }
        return (int) number;
    }
}
