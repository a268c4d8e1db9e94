package talkwatch.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A fake Telegram Bot API server on 127.0.0.1 that speaks the real HTTP protocol, for driving the
 * real TelegramBots client and long-polling application in tests.
 *
 * <p>Requests go to {@code /bot<token>/<method>}, with parameters in any encoding the Bot API takes;
 * answers are {@code {"ok":true,"result":…}} or {@code {"ok":false,"error_code":…,"description":…}}
 * with the HTTP status equal to the error code. Supported: getMe, setMyCommands, getUpdates (long
 * polling), setWebhook, getWebhookInfo, deleteWebhook, sendMessage, editMessageText,
 * editMessageReplyMarkup, answerCallbackQuery, answerInlineQuery, getChat, getChatMember,
 * getChatAdministrators; others get 404 "Not Found".
 *
 * <p>Once setWebhook named a URL, the updates go there instead, as Telegram sends them ({@link
 * WebhookCalls}), and getUpdates gets 409 until deleteWebhook; {@link #postToWebhook} sends one
 * request of a test's own.
 *
 * <p>All methods are thread-safe. {@link #close()} releases waiting long polls at once, so a bot
 * application closed before it shuts down promptly.
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String DEFAULT_TOKEN = "123456789:AAFakeTokenForTalkwatchTests";

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and
        // the client's delayed ACK hold every answer ~40 ms, which caps a fan-out at a few hundred msg/s.
        // Read once, when the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final String token;
    private final long botId;
    private final AtomicInteger messageIds = new AtomicInteger(100);
    private final AtomicLong callbackQueryIds = new AtomicLong(4_000_000_000L);
    private final UpdateQueue updates = new UpdateQueue();
    private final WebhookCalls webhook = new WebhookCalls(updates);
    private final KnownChats chats = new KnownChats();
    private final Faults faults = new Faults();
    private final SentMessageLog log = new SentMessageLog();
    private final MessageMethods messages;
    private final BotMethods methods;
    private final RequestDecoder decoder = new RequestDecoder();
    private final Map<String, List<JsonNode>> calls = new ConcurrentHashMap<>();
    private final AtomicInteger exchangesInFlight = new AtomicInteger();
    private volatile boolean countOnly;
    private HttpServer server;
    private ExecutorService handlers;

    public FakeBotApi() {
        this(DEFAULT_TOKEN);
    }

    /** @param token a token shaped like Telegram's, {@code <bot id>:<secret>} */
    public FakeBotApi(String token) {
        this.token = Objects.requireNonNull(token, "token");
        this.botId = Long.parseLong(token.substring(0, token.indexOf(':')));
        this.messages = new MessageMethods(botId, messageIds, chats, faults, log);
        this.methods = new BotMethods(botId, updates, webhook, messages, chats, faults);
    }

    /** Binds an ephemeral port on 127.0.0.1 and starts answering. */
    public synchronized FakeBotApi start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-bot-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public String token() {
        return token;
    }

    /** The URL to give TelegramBots: {@code new TelegramUrl("http", "127.0.0.1", port(), false)}. */
    public TelegramUrl telegramUrl() {
        return new TelegramUrl("http", "127.0.0.1", port(), false);
    }

    // --- what users do ---------------------------------------------------------------------------

    /** A user writes {@code text} to the bot in their private chat; returns the message_id. */
    public int sendUserMessage(long chatId, long userId, String text) {
        return sendUserMessage(
                chatId == userId ? FakeChat.privateChat(userId) : FakeChat.guessedFrom(chatId), userId, text);
    }

    /** A user writes {@code text} in {@code chat} (private, group, supergroup, forum topic). */
    public int sendUserMessage(FakeChat chat, long userId, String text) {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(text, "text");
        chats.remember(chat);
        int messageId = messageIds.incrementAndGet();
        updates.add(TelegramObjects.userMessageUpdate(messageId, userId, chat, text));
        return messageId;
    }

    /** An anonymous administrator writes {@code text} in the group {@code chat}, as the group itself. */
    public int sendAnonymousAdminMessage(FakeChat chat, String text) {
        chats.remember(chat);
        int messageId = messageIds.incrementAndGet();
        updates.add(TelegramObjects.anonymousAdminMessageUpdate(messageId, chat, text));
        return messageId;
    }

    /** The user {@code by} adds the bot to the group {@code chat} (a my_chat_member update: left → member). */
    public void addBot(FakeChat chat, long by) {
        chats.remember(chat);
        updates.add(TelegramObjects.myChatMemberUpdate(chat, by, botId, "left", "member"));
    }

    /** The user {@code by} removes the bot from the group {@code chat} (member → kicked). */
    public void removeBot(FakeChat chat, long by) {
        updates.add(TelegramObjects.myChatMemberUpdate(chat, by, botId, "member", "kicked"));
    }

    /** The user blocks the bot in their private chat (member → kicked); sends to them are refused from then on. */
    public void blockBot(long userId) {
        blockChat(userId);
        updates.add(
                TelegramObjects.myChatMemberUpdate(FakeChat.privateChat(userId), userId, botId, "member", "kicked"));
    }

    /**
     * The group becomes a supergroup with the id {@code toChatId}: the old group gets the service message with
     * migrate_to_chat_id, and sends to the old id are refused with it from then on.
     */
    public void upgradeToSupergroup(FakeChat group, long toChatId, long by) {
        migrateChat(group.id(), toChatId);
        chats.remember(FakeChat.supergroup(toChatId, group.title().orElse("Chat " + toChatId)));
        updates.add(TelegramObjects.migrationUpdate(messageIds.incrementAndGet(), by, group, toChatId));
    }

    /** The administrators of a group or supergroup, as getChatMember reports them; by default it has none. */
    public void groupAdmins(long chatId, java.util.Set<Long> userIds) {
        chats.setGroupAdmins(chatId, userIds);
    }

    /**
     * A channel {@code @username} (chat id {@code id}) whose administrators are {@code admins}, with the
     * bot among them or not; getChat, getChatMember and getChatAdministrators answer accordingly.
     */
    public void addChannel(long id, String username, java.util.Set<Long> admins, boolean botIsAdmin) {
        chats.addChannel(new KnownChats.Channel(id, username, java.util.Set.copyOf(admins), botIsAdmin));
    }

    /** A user presses an inline button under message {@code messageId}; returns the callback query id. */
    public String pressButton(long chatId, long userId, int messageId, String callbackData) {
        String queryId = String.valueOf(callbackQueryIds.incrementAndGet());
        ObjectNode message = log.current(chatId, messageId)
                .map(messages::messageJson)
                .orElseGet(
                        () -> TelegramObjects.message(messageId, TelegramObjects.bot(botId), chats.find(chatId), ""));
        methods.openCallbackQuery(queryId);
        updates.add(TelegramObjects.callbackQueryUpdate(queryId, userId, message, callbackData));
        return queryId;
    }

    /**
     * The user types {@code @bot query} in a chat of the type {@code chatType} ("sender" for their chat with the bot,
     * "private", "group", "supergroup", "channel"); returns the inline query id, which answerInlineQuery accepts once.
     */
    public String sendInlineQuery(long userId, String query, String chatType) {
        String queryId = String.valueOf(callbackQueryIds.incrementAndGet());
        methods.openInlineQuery(queryId);
        updates.add(TelegramObjects.inlineQueryUpdate(queryId, userId, query, chatType));
        return queryId;
    }

    /**
     * A user's message in their private chat as Telegram would send it, with a fresh update_id, for a test to POST to
     * the webhook itself ({@link #postToWebhook}); it is not queued.
     */
    public String messageUpdate(long userId, String text) {
        FakeChat chat = FakeChat.privateChat(userId);
        chats.remember(chat);
        ObjectNode update = ApiReply.JSON.createObjectNode().put("update_id", updates.nextId());
        update.setAll(TelegramObjects.userMessageUpdate(messageIds.incrementAndGet(), userId, chat, text));
        return update.toString();
    }

    /**
     * POSTs {@code body} to the webhook the bot set, as Telegram does, with the header {@code
     * X-Telegram-Bot-Api-Secret-Token} when {@code secret} is given; the HTTP status of the answer.
     */
    public int postToWebhook(String body, Optional<String> secret) {
        try {
            return webhook.post(body, secret);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while posting to the webhook", e);
        }
    }

    /** The HTTP status of each update the fake sent to the webhook by itself, in order (0: no answer). */
    public List<Integer> webhookAnswers() {
        return webhook.answers().stream().map(WebhookCalls.Answer::status).toList();
    }

    // --- what the bot did ------------------------------------------------------------------------

    /** Every message sent, in order. Edits are in {@link #edits()}. */
    public List<SentMessage> sentMessages() {
        return log.sends();
    }

    public List<SentMessage> messagesTo(long chatId) {
        return log.sendsTo(chatId);
    }

    /** Every editMessageText and editMessageReplyMarkup that succeeded, as the new message version. */
    public List<SentMessage> edits() {
        return log.edits();
    }

    /**
     * Waits until at least {@code count} messages went to {@code chatId} and returns them all; throws
     * an {@link AssertionError} listing what was received otherwise.
     */
    public List<SentMessage> awaitMessages(long chatId, int count, Duration timeout) {
        try {
            return log.awaitSendsTo(chatId, count, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for messages to chat " + chatId, e);
        }
    }

    /** How many messages went to each chat (all modes). */
    public Map<Long, Integer> messageCounts() {
        return log.counts();
    }

    /**
     * Benchmark mode: keeps only the number of messages per chat, neither the messages nor the request
     * parameters, so 100,000 sends do not fill the heap that is being measured.
     */
    public FakeBotApi countOnly() {
        countOnly = true;
        log.countOnly();
        return this;
    }

    /** How many requests reached {@code method} with the right token, failed ones included. */
    public int requests(String method) {
        return calls(method).size();
    }

    /** The parameters of every request to {@code method}, in order. */
    public List<JsonNode> calls(String method) {
        List<JsonNode> made = calls.getOrDefault(ApiCall.canonical(method), List.of());
        synchronized (made) {
            return List.copyOf(made);
        }
    }

    // --- fault injection -------------------------------------------------------------------------

    /** The next request to {@code method} fails with this code and description. Calls queue up. */
    public void failNext(String method, int errorCode, String description) {
        faults.failNext(method, ApiReply.error(errorCode, description));
    }

    /** The next request to {@code method} gets 429 "Too Many Requests: retry after N". */
    public void failNextWithRetryAfter(String method, int seconds) {
        faults.failNext(method, ApiReply.retryAfter(seconds));
    }

    /** Sends and edits to {@code chatId} get 403 "Forbidden: bot was blocked by the user". */
    public void blockChat(long chatId) {
        faults.failChat(chatId, ApiReply.error(403, "Forbidden: bot was blocked by the user"));
    }

    /** Sends to {@code from} get 400 with {@code parameters.migrate_to_chat_id = to}. */
    public void migrateChat(long from, long to) {
        faults.failChat(from, ApiReply.migratedTo(to));
    }

    /** Requests about {@code chatId} get 400 "Bad Request: chat not found". */
    public void chatNotFound(long chatId) {
        faults.failChat(chatId, ApiReply.badRequest("chat not found"));
    }

    /**
     * The next request to {@code method} is handled (a message is delivered) but its connection is
     * closed without an answer, as when the network fails mid-request. Calls queue up.
     */
    public void dropConnectionNext(String method) {
        faults.dropNext(method);
    }

    /** Every answer but getUpdates' waits this long first. */
    public void delayResponses(Duration delay) {
        faults.delay(Objects.requireNonNull(delay, "delay"));
    }

    /** Sends and edits beyond {@code perSecondGlobal} in any one second get 429 with retry_after 1. */
    public void enforceRate(int perSecondGlobal) {
        faults.enforceRate(perSecondGlobal);
    }

    /** The most sends and edits that came in within any one second, as Telegram would count them. */
    public int busiestSecond() {
        return faults.busiestSecond();
    }

    /** How many 429 answers the fake gave, injected or from {@link #enforceRate}. */
    public int tooManyRequestsSent() {
        return faults.tooManyRequestsSent();
    }

    // --- HTTP ------------------------------------------------------------------------------------

    /**
     * Releases waiting long polls and lets their empty answers go out (up to a second), then stops the
     * server and its threads.
     */
    @Override
    public synchronized void close() {
        webhook.close();
        updates.close();
        if (server != null) {
            awaitExchangesInFlight(Duration.ofSeconds(1));
            server.stop(0);
            handlers.shutdownNow();
            try {
                handlers.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchangesInFlight.incrementAndGet();
        try (exchange) {
            Dropped dropped = new Dropped();
            ApiReply reply = reply(exchange, dropped);
            if (dropped.value) {
                // No status line at all: the client sees the connection end mid-request.
                return;
            }
            write(exchange, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchangesInFlight.decrementAndGet();
        }
    }

    private void awaitExchangesInFlight(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (exchangesInFlight.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Dropped {
        boolean value;
    }

    private ApiReply reply(HttpExchange exchange, Dropped dropped) throws IOException, InterruptedException {
        Optional<ApiCall> decoded;
        try {
            decoded = decoder.decode(exchange);
        } catch (JsonProcessingException | RequestDecoder.MalformedRequestException e) {
            return ApiReply.badRequest("can't parse request: " + e.getMessage());
        }
        if (decoded.isEmpty()) {
            return ApiReply.notFound();
        }
        ApiCall call = decoded.get();
        if (!call.token().equals(token)) {
            return ApiReply.error(401, "Unauthorized");
        }
        if (!countOnly) {
            record(call);
        }
        faults.await(call);
        Optional<ApiReply> failure = faults.failureFor(call);
        ApiReply reply = failure.isPresent() ? failure.get() : methods.answer(call);
        dropped.value = faults.takeDrop(call);
        return reply;
    }

    private void record(ApiCall call) {
        List<JsonNode> made = calls.computeIfAbsent(call.method(), method -> new ArrayList<>());
        synchronized (made) {
            made.add(call.params().deepCopy());
        }
    }

    private static void write(HttpExchange exchange, ApiReply reply) throws IOException {
        byte[] body = ApiReply.JSON.writeValueAsBytes(reply.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
