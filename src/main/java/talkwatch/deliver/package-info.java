/**
 * The last stage: the outbox filled by {@code store.ArticleStore#save} goes to Telegram, paced inside
 * the flood limits, each delivery recorded as sent only once Telegram accepted it. Only {@code bot}
 * (formatting for /latest) and {@code Application} (wiring) use it.
 */
package talkwatch.deliver;
