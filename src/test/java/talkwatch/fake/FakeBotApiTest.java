package talkwatch.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.LongPollingSingleThreadUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class FakeBotApiTest {

    private static final long CHAT = 4242L;
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final FakeBotApi fake = new FakeBotApi();
    private final ScheduledExecutorService pollingThread = Executors.newSingleThreadScheduledExecutor();
    private TelegramClient client;
    private TelegramBotsLongPollingApplication app;

    @BeforeEach
    void startFake() throws Exception {
        fake.start();
        client = new OkHttpTelegramClient(new OkHttpClient(), fake.token(), fake.telegramUrl());
    }

    @AfterEach
    void stopEverything() throws Exception {
        // The application's close() only cancels its polling task; the executor is ours to stop.
        if (app != null) {
            app.close();
        }
        fake.close();
        pollingThread.shutdownNow();
        assertThat(pollingThread.awaitTermination(2, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aUserCommandReachesTheConsumerAndItsArabicHtmlReplyIsRecorded() throws Exception {
        List<Update> received = new CopyOnWriteArrayList<>();
        startBot(update -> {
            received.add(update);
            reply(update.getMessage().getChatId(), "<b>أهلاً</b> بك في نشرة &quot;محادثات السلام&quot; &amp; الأخبار");
        });

        fake.sendUserMessage(CHAT, CHAT, "/start");

        List<SentMessage> sent = fake.awaitMessages(CHAT, 1, WAIT);
        assertThat(sent.get(0).text()).isEqualTo("<b>أهلاً</b> بك في نشرة &quot;محادثات السلام&quot; &amp; الأخبار");
        assertThat(sent.get(0).parseMode()).contains("HTML");
        assertThat(received).singleElement().satisfies(update -> {
            assertThat(update.getMessage().isCommand()).isTrue();
            assertThat(update.getMessage().getText()).isEqualTo("/start");
            assertThat(update.getMessage().getChat().getType()).isEqualTo("private");
        });
        assertThat(fake.requests("deleteWebhook")).isEqualTo(1);
        assertThat(fake.calls("getUpdates").get(0).toString()).contains("\"timeout\":50", "\"offset\":1");
    }

    @Test
    void theSendMessageResultIsARealisticMessage() throws Exception {
        Message first = client.execute(html(CHAT, "<i>سلام</i>"));
        Message second = client.execute(html(CHAT, "ثانياً"));

        assertThat(first.getText()).isEqualTo("سلام");
        assertThat(first.getChat().getId()).isEqualTo(CHAT);
        assertThat(first.getChat().getType()).isEqualTo("private");
        assertThat(first.getFrom().getIsBot()).isTrue();
        assertThat(first.getDate()).isPositive();
        assertThat(second.getMessageId()).isGreaterThan(first.getMessageId());
    }

    @Test
    void malformedHtmlIsRefusedWith400AndTelegramsDescription() {
        TelegramApiRequestException refused = catchThrowableOfType(
                TelegramApiRequestException.class, () -> client.execute(html(CHAT, "<b>عاجل: مفاوضات")));

        assertThat(refused.getErrorCode()).isEqualTo(400);
        assertThat(refused.getApiResponse())
                .isEqualTo("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
        assertThat(fake.sentMessages()).isEmpty();
    }

    @Test
    void aButtonWhoseDataIsOver64BytesIsRefusedWith400() {
        // 33 Arabic letters: 66 bytes in UTF-8
        String data = "ا".repeat(33);
        TelegramApiRequestException refused = catchThrowableOfType(
                TelegramApiRequestException.class,
                () -> client.execute(SendMessage.builder()
                        .chatId(CHAT)
                        .text("اشترك؟")
                        .replyMarkup(
                                new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(InlineKeyboardButton.builder()
                                        .text("نعم")
                                        .callbackData(data)
                                        .build()))))
                        .build()));

        assertThat(refused.getErrorCode()).isEqualTo(400);
        assertThat(refused.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
        assertThat(fake.sentMessages()).isEmpty();
    }

    @Test
    void aKeyboardOfMoreThan100ButtonsIsRefusedWith400() throws Exception {
        List<InlineKeyboardRow> rows = java.util.stream.IntStream.rangeClosed(1, 101)
                .mapToObj(i -> new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text("الجولة " + i)
                        .callbackData("round:" + i)
                        .build()))
                .toList();
        SendMessage.SendMessageBuilder<?, ?> send =
                SendMessage.builder().chatId(CHAT).text("اختر جولة");

        TelegramApiRequestException refused = catchThrowableOfType(
                TelegramApiRequestException.class,
                () -> client.execute(
                        send.replyMarkup(new InlineKeyboardMarkup(rows)).build()));
        assertThat(refused.getErrorCode()).isEqualTo(400);
        assertThat(refused.getApiResponse()).isEqualTo("Bad Request: reply markup is too long");
        assertThat(fake.sentMessages()).isEmpty();

        client.execute(
                send.replyMarkup(new InlineKeyboardMarkup(rows.subList(0, 100))).build());
        assertThat(fake.sentMessages()).hasSize(1);
    }

    @Test
    void tooManyRequestsCarriesRetryAfterInTheParameters() throws Exception {
        fake.failNextWithRetryAfter("sendMessage", 7);

        TelegramApiRequestException refused =
                catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(html(CHAT, "خبر")));

        assertThat(refused.getErrorCode()).isEqualTo(429);
        assertThat(refused.getApiResponse()).isEqualTo("Too Many Requests: retry after 7");
        assertThat(refused.getParameters().getRetryAfter()).isEqualTo(7);
        assertThat(fake.tooManyRequestsSent()).isEqualTo(1);
        client.execute(html(CHAT, "خبر"));
        assertThat(fake.messagesTo(CHAT)).hasSize(1);
    }

    @Test
    void aBlockedChatGets403() {
        fake.blockChat(CHAT);

        TelegramApiRequestException refused =
                catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(html(CHAT, "خبر")));

        assertThat(refused.getErrorCode()).isEqualTo(403);
        assertThat(refused.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
    }

    @Test
    void aMigratedGroupNamesItsNewChatId() {
        fake.migrateChat(-4001L, -1004001L);

        TelegramApiRequestException refused =
                catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(html(-4001L, "خبر")));

        assertThat(refused.getErrorCode()).isEqualTo(400);
        assertThat(refused.getParameters().getMigrateToChatId()).isEqualTo(-1004001L);
    }

    @Test
    void aPressedButtonRoundTripsThroughAnswerCallbackQueryAndAnEdit() throws Exception {
        startBot(update -> {
            if (update.hasCallbackQuery()) {
                var query = update.getCallbackQuery();
                execute(new AnswerCallbackQuery(query.getId()));
                execute(EditMessageText.builder()
                        .chatId(query.getMessage().getChatId())
                        .messageId(query.getMessage().getMessageId())
                        .text("تم الاشتراك: " + query.getData())
                        .build());
            }
        });
        Message withButton = client.execute(SendMessage.builder()
                .chatId(CHAT)
                .text("اشترك؟")
                .replyMarkup(new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(InlineKeyboardButton.builder()
                        .text("نعم")
                        .callbackData("subscribe:gaza")
                        .build()))))
                .build());

        String queryId = fake.pressButton(CHAT, CHAT, withButton.getMessageId(), "subscribe:gaza");

        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> fake.edits().size() == 1);
        assertThat(fake.calls("answerCallbackQuery"))
                .singleElement()
                .satisfies(call ->
                        assertThat(call.path("callback_query_id").asText()).isEqualTo(queryId));
        assertThat(fake.edits().get(0).text()).isEqualTo("تم الاشتراك: subscribe:gaza");
        assertThat(fake.sentMessages().get(0).replyMarkup().orElseThrow().toString())
                .contains("subscribe:gaza");
    }

    @Test
    void anInlineQueryIsAnsweredOnceAndAResultMessageMustBeValidHtml() throws Exception {
        List<String> answered = new CopyOnWriteArrayList<>();
        startBot(update -> {
            var query = update.getInlineQuery();
            String text = query.getQuery().equals("broken") ? "<b>غير مغلق" : "<b>أستانا</b> &amp; جنيف";
            try {
                client.execute(AnswerInlineQuery.builder()
                        .inlineQueryId(query.getId())
                        .results(List.of(InlineQueryResultArticle.builder()
                                .id("a1")
                                .title("أستانا")
                                .inputMessageContent(InputTextMessageContent.builder()
                                        .messageText(text)
                                        .parseMode("HTML")
                                        .build())
                                .build()))
                        .build());
                answered.add(query.getQuery());
            } catch (TelegramApiException e) {
                answered.add(query.getQuery() + ": " + e.getMessage());
            }
        });

        String id = fake.sendInlineQuery(CHAT, "أستانا", "group");
        fake.sendInlineQuery(CHAT, "broken", "sender");

        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> answered.size() == 2);
        assertThat(answered.get(0)).isEqualTo("أستانا");
        assertThat(answered.get(1)).startsWith("broken: ").contains("can't parse entities");
        assertThat(fake.calls("answerInlineQuery")
                        .get(0)
                        .path("inline_query_id")
                        .asText())
                .isEqualTo(id);
        // answered already: the id is spent
        TelegramApiRequestException again = catchThrowableOfType(
                TelegramApiRequestException.class,
                () -> client.execute(AnswerInlineQuery.builder()
                        .inlineQueryId(id)
                        .results(List.of())
                        .build()));
        assertThat(again.getErrorCode()).isEqualTo(400);
    }

    @Test
    void aWebhookGetsEachUpdateWithTheSecretUntilItAnswers200AndGetUpdatesIsRefusedMeanwhile() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        List<String> secrets = new CopyOnWriteArrayList<>();
        AtomicInteger status = new AtomicInteger(503);
        HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hook.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            secrets.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token")));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        hook.start();
        try {
            String url = "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook";
            assertThat(client.execute(SetWebhook.builder()
                            .url(url)
                            .secretToken("s3cret")
                            .allowedUpdates(List.of("message"))
                            .build()))
                    .isTrue();

            fake.sendUserMessage(CHAT, CHAT, "/start");
            await().atMost(WAIT).until(() -> received.size() >= 2); // the first got 503: sent again a second later
            status.set(200);
            await().atMost(WAIT).until(() -> fake.webhookAnswers().contains(200));

            assertThat(received).allSatisfy(body -> assertThat(body).contains("\"text\":\"/start\""));
            assertThat(secrets).containsOnly("s3cret");
            assertThat(fake.webhookAnswers()).startsWith(503).endsWith(200);
            assertThat(fake.calls("setWebhook"))
                    .singleElement()
                    .satisfies(call -> assertThat(call.toString())
                            .contains("\"url\":\"" + url + "\"", "\"secret_token\":\"s3cret\"", "[\"message\"]"));
            var info = client.execute(new GetWebhookInfo());
            assertThat(info.getUrl()).isEqualTo(url);
            assertThat(info.getPendingUpdatesCount()).isZero();
            assertThat(info.getLastErrorMessage()).isEqualTo("Wrong response from the webhook: 503");
            TelegramApiRequestException conflict =
                    catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(new GetUpdates()));
            assertThat(conflict.getErrorCode()).isEqualTo(409);

            client.execute(new DeleteWebhook());
            fake.sendUserMessage(CHAT, CHAT, "/help");
            assertThat(client.execute(new GetUpdates()))
                    .singleElement()
                    .satisfies(
                            update -> assertThat(update.getMessage().getText()).isEqualTo("/help"));
            assertThat(received).hasSizeLessThan(4);
        } finally {
            hook.stop(0);
        }
    }

    @Test
    void anotherTokenGets401() {
        TelegramClient stranger =
                new OkHttpTelegramClient(new OkHttpClient(), "987654321:AAnotherBot", fake.telegramUrl());

        TelegramApiRequestException refused =
                catchThrowableOfType(TelegramApiRequestException.class, () -> stranger.execute(new GetMe()));

        assertThat(refused.getErrorCode()).isEqualTo(401);
        assertThat(refused.getApiResponse()).isEqualTo("Unauthorized");
    }

    @Test
    void getUpdatesNeverReturnsConfirmedUpdatesAgain() throws Exception {
        fake.sendUserMessage(CHAT, CHAT, "أول");
        fake.sendUserMessage(CHAT, CHAT, "ثاني");

        List<Update> both =
                client.execute(GetUpdates.builder().offset(0).timeout(0).build());
        int last = both.get(1).getUpdateId();
        List<Update> none =
                client.execute(GetUpdates.builder().offset(last + 1).timeout(0).build());
        List<Update> stillNone =
                client.execute(GetUpdates.builder().offset(0).timeout(0).build());

        assertThat(both).extracting(update -> update.getMessage().getText()).containsExactly("أول", "ثاني");
        assertThat(none).isEmpty();
        assertThat(stillNone).isEmpty();
    }

    @Test
    void getUpdatesSendsOnlyTheKindsTheBotAskedFor() throws Exception {
        FakeChat group = FakeChat.supergroup(-1001234, "مجموعة الاختبار");
        fake.addBot(group, CHAT);
        fake.sendUserMessage(CHAT, CHAT, "رسالة");

        List<Update> messagesOnly = client.execute(GetUpdates.builder()
                .offset(0)
                .timeout(0)
                .allowedUpdates(List.of("message"))
                .build());
        fake.addBot(group, CHAT);
        // an empty list keeps what was asked for last
        List<Update> stillMessagesOnly =
                client.execute(GetUpdates.builder().offset(0).timeout(0).build());
        fake.removeBot(group, CHAT);
        List<Update> membership = client.execute(GetUpdates.builder()
                .offset(0)
                .timeout(0)
                .allowedUpdates(List.of("message", "my_chat_member"))
                .build());

        assertThat(messagesOnly)
                .extracting(update -> update.getMessage().getText())
                .containsExactly("رسالة");
        assertThat(stillMessagesOnly).extracting(Update::hasMyChatMember).containsOnly(false);
        // the two additions were dropped when only messages were asked for; nothing was confirmed (offset 0)
        assertThat(membership).filteredOn(Update::hasMessage).hasSize(1);
        assertThat(membership)
                .filteredOn(Update::hasMyChatMember)
                .singleElement()
                .satisfies(update -> assertThat(
                                update.getMyChatMember().getNewChatMember().getStatus())
                        .isEqualTo("kicked"));
    }

    @Test
    void getUpdatesWaitsForItsTimeoutWhenNothingIsQueued() throws Exception {
        long started = System.nanoTime();

        List<Update> none = client.execute(GetUpdates.builder().timeout(1).build());

        assertThat(none).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900), WAIT);
    }

    @Test
    void closingTheFakeReleasesAWaitingLongPollAtOnce() throws Exception {
        CompletableFuture<List<Update>> poll = CompletableFuture.supplyAsync(
                () -> execute(GetUpdates.builder().timeout(50).build()));
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> fake.requests("getUpdates") == 1);

        long started = System.nanoTime();
        fake.close();

        assertThat(poll.get(2, TimeUnit.SECONDS)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aGroupMessageInAForumTopicCarriesTitleAndThread() throws Exception {
        fake.sendUserMessage(
                FakeChat.supergroup(-1001234L, "غرفة الأخبار").inThread(77), 5L, "/latest@talkwatch_fake_bot");

        Message message =
                client.execute(GetUpdates.builder().timeout(0).build()).get(0).getMessage();

        assertThat(message.getChat().getTitle()).isEqualTo("غرفة الأخبار");
        assertThat(message.getChat().getType()).isEqualTo("supergroup");
        assertThat(message.getMessageThreadId()).isEqualTo(77);
        assertThat(message.getEntities().get(0).getLength()).isEqualTo("/latest@talkwatch_fake_bot".length());
    }

    @Test
    void theRateLimitAnswers429OnceExceeded() throws Exception {
        fake.enforceRate(3);

        int refused = 0;
        for (int i = 0; i < 6; i++) {
            try {
                client.execute(html(CHAT, "خبر " + i));
            } catch (TelegramApiRequestException e) {
                assertThat(e.getErrorCode()).isEqualTo(429);
                refused++;
            }
        }

        assertThat(refused).isEqualTo(3);
        assertThat(fake.tooManyRequestsSent()).isEqualTo(3);
    }

    @Test
    void formEncodedRequestsAndTheServersOwnValidationWork() throws Exception {
        HttpResponse<String> empty = post("sendMessage", "chat_id=" + CHAT + "&text=");
        HttpResponse<String> tooLong = post("sendMessage", "chat_id=" + CHAT + "&text=" + "ب".repeat(4097));
        HttpResponse<String> fine = post("sendMessage", "chat_id=" + CHAT + "&text=" + "ب".repeat(4096));
        HttpResponse<String> unknown = post("sendPoll", "chat_id=" + CHAT);

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(description(empty)).isEqualTo("Bad Request: message text is empty");
        assertThat(description(tooLong)).isEqualTo("Bad Request: message is too long");
        assertThat(fine.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(description(unknown)).isEqualTo("Not Found");
    }

    @Test
    void aClosedApplicationAndFakeShutDownQuickly() throws Exception {
        startBot(update -> {});
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> fake.requests("getUpdates") >= 1);

        long started = System.nanoTime();
        app.close();
        app = null;
        fake.close();
        pollingThread.shutdown();

        assertThat(pollingThread.awaitTermination(2, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    private void startBot(LongPollingSingleThreadUpdateConsumer consumer) throws TelegramApiException {
        app = new TelegramBotsLongPollingApplication(
                ObjectMapper::new, new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(), () -> pollingThread);
        app.registerBot(fake.token(), fake::telegramUrl, new DefaultGetUpdatesGenerator(), consumer);
    }

    private void reply(long chatId, String htmlText) {
        execute(html(chatId, htmlText));
    }

    private <T extends java.io.Serializable> T execute(
            org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod<T> method) {
        try {
            return client.execute(method);
        } catch (TelegramApiException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SendMessage html(long chatId, String text) {
        return SendMessage.builder().chatId(chatId).text(text).parseMode("HTML").build();
    }

    private HttpResponse<String> post(String method, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/bot" + fake.token() + "/" + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.replace("ب", "%D8%A8")))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String description(HttpResponse<String> response) throws Exception {
        return new ObjectMapper().readTree(response.body()).path("description").asText();
    }
}
