package talkwatch.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import talkwatch.deliver.DeliveryLimits;
import talkwatch.feed.Feed;
import talkwatch.feed.Network;
import talkwatch.match.Cast;
import talkwatch.match.Person;
import talkwatch.match.Topic;
import talkwatch.store.Storage;

/**
 * Everything the operator configured, after validation and environment overrides.
 *
 * @param storage the SQLite file ({@code storage.path}, the default) or the PostgreSQL database ({@code storage.url})
 * @param storyWindow how far apart two reports of one story may be published ({@code stories.window}); zero turns
 *     duplicate detection off
 * @param maxAge an article published longer than this before it is first seen is not sent ({@code delivery.maxAge})
 * @param keep what is older is forgotten once a day ({@code storage.keep})
 * @param people who is who in the news of every topic ({@code people}), besides each topic's own
 * @param links where links from outside may lead ({@code links})
 * @param metrics where Prometheus scrapes {@code /metrics} ({@code metrics.listen}); none when absent
 */
public record Config(
        Path file,
        Telegram telegram,
        Storage storage,
        Duration pollEvery,
        List<Feed> feeds,
        List<Topic> topics,
        int summarySentences,
        DeliveryLimits delivery,
        int parallelFeeds,
        int parallelPerHost,
        Duration storyWindow,
        Duration maxAge,
        Duration keep,
        List<Person> people,
        Links links,
        Optional<ListenAddress> metrics) {

    /**
     * Telegram settings; the token never comes from the file, only from the environment.
     *
     * @param timeZone the clock of the times shown in messages and admin reports ({@code telegram.timeZone})
     * @param webhook updates by webhook instead of long polling ({@code telegram.webhook})
     */
    public record Telegram(
            Set<Long> admins, Optional<String> token, URI apiUrl, ZoneId timeZone, Optional<Webhook> webhook) {

        @Override
        public String toString() {
            return "Telegram[admins=" + admins + ", token=" + (token.isPresent() ? "***" : "none") + ", apiUrl="
                    + apiUrl + ", timeZone=" + timeZone + ", webhook="
                    + webhook.map(Webhook::toString).orElse("none")
                    + "]";
        }
    }

    /**
     * The webhook Telegram calls with the bot's updates; the secret never comes from the file, only from the
     * environment ({@code TELEGRAM_WEBHOOK_SECRET}), and only {@code run} requires it.
     *
     * @param url the public URL Telegram calls ({@code setWebhook})
     * @param listen where this instance serves it, on the same path as {@code url}
     * @param secret what Telegram sends back in the header {@code X-Telegram-Bot-Api-Secret-Token}
     */
    public record Webhook(URI url, ListenAddress listen, Optional<String> secret) {

        /** The path Telegram posts to: the URL's, or {@code /}. */
        public String path() {
            String path = url.getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", listen=" + listen + ", secret=" + (secret.isPresent() ? "***" : "none")
                    + "]";
        }
    }

    /** Everyone the news is told through: the people of the configuration and of each topic, each once. */
    public Cast cast() {
        java.util.Map<String, Person> byName = new java.util.LinkedHashMap<>();
        people.forEach(person -> byName.putIfAbsent(person.name(), person));
        topics.forEach(topic -> topic.people().forEach(person -> byName.putIfAbsent(person.name(), person)));
        return new Cast(List.copyOf(byName.values()));
    }

    /**
     * Links from outside: feeds' redirects and pages, links users send.
     *
     * @param allowNetworks networks the operator trusts, which such links may reach on any port (default none)
     * @param perUserPerMinute links one user may have summarized in a minute (/summary; default 5)
     * @param perUserPerDay links one user may have summarized in a day (default 50)
     */
    public record Links(List<Network> allowNetworks, int perUserPerMinute, int perUserPerDay) {

        public Links {
            allowNetworks = List.copyOf(allowNetworks);
        }

        public static Links defaults() {
            return new Links(List.of(), 5, 50);
        }
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
