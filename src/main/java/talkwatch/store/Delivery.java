package talkwatch.store;

/** One message waiting in the outbox: which article goes to which chat, and how often it was tried. */
public record Delivery(long id, long chatId, String chatType, int attempts, StoredArticle article) {}
