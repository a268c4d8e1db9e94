package talkwatch.store;

import java.util.Optional;

/**
 * One message waiting in the outbox: which article goes to which chat (and forum topic), how often it
 * was tried, and how many parts of a split message Telegram already accepted.
 */
public record Delivery(
        long id,
        long chatId,
        String chatType,
        Optional<Integer> threadId,
        int attempts,
        int partsSent,
        StoredArticle article) {}
