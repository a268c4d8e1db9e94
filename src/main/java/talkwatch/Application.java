package talkwatch;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import talkwatch.bot.AdminAlerts;
import talkwatch.bot.CommandMenu;
import talkwatch.bot.LongPolling;
import talkwatch.bot.TalkwatchBot;
import talkwatch.bot.Webhook;
import talkwatch.bot.WebhookRegistration;
import talkwatch.config.Config;
import talkwatch.config.ConfigException;
import talkwatch.config.ConfigLoader;
import talkwatch.config.Durations;
import talkwatch.deliver.Deliverer;
import talkwatch.deliver.Pacer;
import talkwatch.deliver.Replies;
import talkwatch.deliver.TelegramHttp;
import talkwatch.deliver.TimeDisplay;
import talkwatch.feed.FeedReader;
import talkwatch.link.LinkSummaries;
import talkwatch.match.Topic;
import talkwatch.metrics.Metrics;
import talkwatch.metrics.PrometheusMetrics;
import talkwatch.poll.Pipeline;
import talkwatch.rhythm.Rhythms;
import talkwatch.schedule.Schedule;
import talkwatch.store.Dialect;
import talkwatch.store.SendSlots;
import talkwatch.store.Storage;

/**
 * The running bot: the poll schedule, the sender and the conversation, its updates received by long polling or, with
 * {@code telegram.webhook}, by webhook; wired once.
 */
public final class Application implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    private volatile LongPolling longPolling;
    private volatile Webhook webhook;
    private final Replies replies;
    private final Deliverer deliverer;
    private final Thread sender;
    private final Schedule schedule;
    private final Optional<PrometheusMetrics> metrics;
    private final RunLock runLock;
    private final Stores stores;

    private Application(
            Stores stores,
            Replies replies,
            Deliverer deliverer,
            Thread sender,
            Schedule schedule,
            Optional<PrometheusMetrics> metrics,
            RunLock runLock) {
        this.replies = replies;
        this.deliverer = deliverer;
        this.sender = sender;
        this.schedule = schedule;
        this.metrics = metrics;
        this.runLock = runLock;
        this.stores = stores;
    }

    /** Starts everything; a missing or refused token is a {@link ConfigException}. */
    public static Application start(Config config) throws Exception {
        return start(config, Clock.systemUTC());
    }

    /** With the clock of digests, quiet hours and everything else timed (tests move it). */
    public static Application start(Config config, Clock clock) throws Exception {
        String token = config.telegram()
                .token()
                .orElseThrow(() -> new ConfigException(ConfigLoader.TOKEN_VARIABLE
                        + " is not set; export the token that @BotFather gave you, e.g. export "
                        + ConfigLoader.TOKEN_VARIABLE + "=123456789:ABC…"));
        if (config.telegram().webhook().isPresent()
                && config.telegram().webhook().get().secret().isEmpty()) {
            throw ConfigLoader.missingWebhookSecret(config.file());
        }
        // one run per SQLite file; on PostgreSQL any number of instances share the database
        RunLock runLock =
                config.storage() instanceof Storage.Sqlite sqlite ? RunLock.take(sqlite.file()) : RunLock.NONE;
        try {
            return start(config, token, runLock, clock);
        } catch (Exception | Error e) {
            runLock.close();
            throw e;
        }
    }

    private static Application start(Config config, String token, RunLock runLock, Clock clock) throws Exception {
        Stores stores = Stores.open(config.storage(), clock);
        warnOfRemovedTopics(config, stores);
        Optional<PrometheusMetrics> prometheus = serveMetrics(config, stores, clock);
        try {
            return start(config, stores, clock, prometheus, token, runLock);
        } catch (Exception | Error e) {
            if (prometheus.isPresent()) {
                prometheus.get().close();
            }
            stores.close();
            throw e;
        }
    }

    private static Application start(
            Config config,
            Stores stores,
            Clock clock,
            Optional<PrometheusMetrics> prometheus,
            String token,
            RunLock runLock)
            throws Exception {
        Metrics metrics = prometheus.isPresent() ? prometheus.get() : Metrics.NONE;
        TelegramUrl url = telegramUrl(config);
        Deliverer.Options sending = Deliverer.Options.of(config.delivery());
        TelegramClient telegram = new OkHttpTelegramClient(TelegramHttp.client(sending.concurrency()), token, url);
        TelegramLogin login = new TelegramLogin(telegram, config.telegram().apiUrl());
        // A refused token stops everything at once; an unreachable Telegram only delays the conversation.
        Optional<String> username = login.tryOnce();

        TimeDisplay time = new TimeDisplay(config.telegram().timeZone());
        // One set of flood limits for the summaries and the answers to commands.
        // On PostgreSQL the overall rate is the cluster's: every instance's summaries and answers take its slots.
        Pacer pacer = stores.database().dialect() == Dialect.POSTGRESQL
                ? Pacer.shared(config.delivery(), new SendSlots(stores.database()), clock.instant())
                : new Pacer(config.delivery(), clock.instant());
        // Each chat's own rhythm: digests, quiet hours, link previews, its clock.
        Rhythms rhythms = new Rhythms(
                stores.chatSettings(),
                stores.digests(),
                stores.subscriptions(),
                config.topics(),
                config.telegram().timeZone(),
                TalkwatchBot.rhythmWords());
        Deliverer deliverer = new Deliverer(
                stores.outbox(), stores.subscriptions(), telegram, rhythms, sending, pacer, clock, metrics);
        Replies replies = new Replies(telegram, pacer, clock);
        Thread sender = new Thread(deliverer, "deliverer");
        sender.start();
        Pipeline pipeline = Pipeline.of(
                config,
                stores,
                deliverer::wake,
                new AdminAlerts(telegram, config.telegram().admins(), time),
                clock,
                metrics);
        // On PostgreSQL the instances share one schedule (Quartz clustered): a cycle runs on one of them at a time.
        Schedule schedule = stores.database().shared().isPresent()
                ? Schedule.clustered(
                        stores.database().shared().get(),
                        pipeline,
                        config.pollEvery(),
                        stores.retention(),
                        config.keep())
                : new Schedule(pipeline, config.pollEvery(), stores.retention(), config.keep());
        schedule.start();
        log.info(
                "talkwatch is running: {} feeds every {}, {} topics, database {} (keeps {})",
                config.feeds().size(),
                Durations.text(config.pollEvery()),
                config.topics().size(),
                config.storage().describe(),
                Durations.text(config.keep()));

        Application application = new Application(stores, replies, deliverer, sender, schedule, prometheus, runLock);
        try {
            String bot = username.isPresent() ? username.get() : login.untilAccepted();
            log.info("Telegram accepted the token: running as @{}", bot);
            CommandMenu.publish(telegram);
            TalkwatchBot conversation = new TalkwatchBot(
                    telegram,
                    replies,
                    new TalkwatchBot.Parts(
                            config.topics(),
                            config.feeds(),
                            config.telegram().admins(),
                            stores.subscriptions(),
                            stores.articles(),
                            stores.pages(),
                            stores.feedStates(),
                            stores.outbox(),
                            time,
                            config.keep(),
                            stores.chatSettings(),
                            rhythms,
                            new LinkSummaries(
                                    new FeedReader(
                                            FeedReader.Options.defaults(),
                                            config.links().allowNetworks()),
                                    stores.links(),
                                    stores.summaryRequests(),
                                    stores.digests(),
                                    config.topics(),
                                    new LinkSummaries.Options(
                                            config.links().perUserPerMinute(),
                                            config.links().perUserPerDay(),
                                            config.summarySentences()),
                                    clock),
                            clock),
                    Optional.of(bot));
            if (config.telegram().webhook().isPresent()) {
                application.webhook = receiveByWebhook(config, stores, telegram, conversation);
            } else if (stores.database().dialect() == Dialect.POSTGRESQL) {
                log.info("Updates by long polling: with several instances on one database, Telegram answers one of them"
                        + " at a time and refuses the others (409); give them telegram.webhook instead");
                // two instances may get the same update before either confirms it: handled once, by update_id
                application.longPolling = LongPolling.start(token, url, TalkwatchBot.UPDATE_KINDS, update -> {
                    if (stores.handledUpdates().take(update.getUpdateId())) {
                        conversation.consume(update);
                    }
                });
            } else {
                application.longPolling =
                        LongPolling.start(token, url, TalkwatchBot.UPDATE_KINDS, conversation::consume);
            }
            return application;
        } catch (Exception | Error e) {
            application.stop();
            throw e;
        }
    }

    /**
     * Serves the webhook, then tells Telegram to use it. Long polling is not started, and no webhook is ever deleted:
     * other instances may be receiving with it.
     */
    private static Webhook receiveByWebhook(
            Config config, Stores stores, TelegramClient telegram, TalkwatchBot conversation) throws Exception {
        Config.Webhook settings = config.telegram().webhook().orElseThrow();
        String secret = settings.secret().orElseThrow(() -> ConfigLoader.missingWebhookSecret(config.file()));
        Webhook webhook;
        try {
            webhook = Webhook.start(
                    settings.listen().socketAddress(),
                    settings.path(),
                    secret,
                    TalkwatchBot.UPDATE_KINDS,
                    stores.handledUpdates(),
                    conversation::consume);
        } catch (IOException e) {
            throw new ConfigException(
                    config.file(),
                    "telegram.webhook.listen",
                    "cannot listen on " + settings.listen() + " (" + e.getMessage()
                            + "); expected a free port on an address of this machine");
        }
        try {
            WebhookRegistration.register(telegram, settings.url(), secret, TalkwatchBot.UPDATE_KINDS);
        } catch (TelegramApiRequestException e) {
            webhook.close();
            throw new ConfigException(
                    config.file(),
                    "telegram.webhook.url",
                    "Telegram refused " + settings.url() + " (" + e.getErrorCode() + " " + e.getApiResponse()
                            + "); expected a URL it can call");
        } catch (Exception | Error e) {
            webhook.close();
            throw e;
        }
        log.info(
                "Receiving updates by webhook: Telegram calls {}, served on {}{}",
                settings.url(),
                settings.listen(),
                settings.path());
        return webhook;
    }

    /** Subscriptions are stored under topic ids: a topic taken out of the config, or renamed, leaves them orphaned. */
    private static void warnOfRemovedTopics(Config config, Stores stores) {
        Set<String> configured = config.topics().stream().map(Topic::id).collect(Collectors.toSet());
        stores.subscriptions().subscribersByTopic().forEach((topic, chats) -> {
            if (!configured.contains(topic)) {
                log.warn(
                        "{} chats are subscribed to topic \"{}\", which {} no longer has: they get nothing for it."
                                + " If the topic was renamed, give it its old id back (change its name instead)",
                        chats,
                        topic,
                        config.file());
            }
        });
    }

    private static TelegramUrl telegramUrl(Config config) {
        var api = config.telegram().apiUrl();
        int port = api.getPort() > 0 ? api.getPort() : api.getScheme().equals("https") ? 443 : 80;
        return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
    }

    /** Stops polling, the conversation and the sender; what is still queued stays in the store. */
    @Override
    public void close() throws Exception {
        log.info("Stopping talkwatch");
        stop();
        runLock.close();
    }

    private void stop() throws Exception {
        schedule.close();
        if (longPolling != null) {
            longPolling.close();
        }
        if (webhook != null) {
            webhook.close(); // and never deleteWebhook: the other instances receive with it
        }
        replies.close();
        deliverer.stop();
        sender.join(10_000);
        if (metrics.isPresent()) {
            metrics.get().close();
        }
        stores.close();
    }

    /** Serves /metrics when {@code metrics.listen} is set: from the start, also while Telegram cannot be reached. */
    private static Optional<PrometheusMetrics> serveMetrics(Config config, Stores stores, Clock clock) {
        if (config.metrics().isEmpty()) {
            return Optional.empty();
        }
        var listen = config.metrics().get();
        try {
            PrometheusMetrics metrics = PrometheusMetrics.start(listen.socketAddress(), stores.outbox(), clock);
            log.info("Serving metrics for Prometheus at http://{}/metrics", listen);
            return Optional.of(metrics);
        } catch (IOException e) {
            throw new ConfigException(
                    config.file(),
                    "metrics.listen",
                    "cannot listen on " + listen + " (" + e.getMessage()
                            + "); expected a free port on an address of this machine");
        }
    }
}
