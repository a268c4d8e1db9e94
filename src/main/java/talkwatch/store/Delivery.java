package talkwatch.store;

import java.util.Optional;

/**
 * One message waiting in the outbox: which article goes to which chat (and forum topic), how, how often it was
 * tried, and how many parts of a split message Telegram already accepted.
 *
 * @param kind a message that rings, a silent follow-up, or an edit of a message already sent
 * @param article what the message shows: the article, or for an edit the article of the message edited, with every
 *     outlet named under it so far
 * @param refersTo in this chat, the message a follow-up replies to (its story's, when it was sent here) or the message
 *     an edit changes
 * @param awaitsItsMessage an edit whose message is still on its way: it waits until Telegram has it
 * @param storyId the story the article is listed with (its first article; the article itself when stories are off; for
 *     a follow-up whose own news became a story of its own, that story)
 */
public record Delivery(
        long id,
        long chatId,
        String chatType,
        Optional<Integer> threadId,
        int attempts,
        int partsSent,
        Kind kind,
        StoredArticle article,
        Optional<Long> refersTo,
        boolean awaitsItsMessage,
        long storyId) {

    /** What a delivery does in its chat. */
    public enum Kind {
        /** The article's message, which rings. */
        STORY,
        /** The article's message, silent, as a reply to its story's message. */
        FOLLOW_UP,
        /** The message that told the article's story, edited to name the article's outlet too. */
        EDIT;

        static Kind of(String column) {
            return switch (column) {
                case "follow_up" -> FOLLOW_UP;
                case "edit" -> EDIT;
                default -> STORY;
            };
        }
    }

    /** A message that rings, as every delivery was before follow-ups and edits. */
    public Delivery(
            long id,
            long chatId,
            String chatType,
            Optional<Integer> threadId,
            int attempts,
            int partsSent,
            StoredArticle article) {
        this(
                id,
                chatId,
                chatType,
                threadId,
                attempts,
                partsSent,
                Kind.STORY,
                article,
                Optional.empty(),
                false,
                article.id());
    }

    /** A new message in the chat (not an edit): a story or a follow-up. */
    public boolean news() {
        return kind != Kind.EDIT;
    }
}
