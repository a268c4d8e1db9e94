/**
 * Summaries on demand, beside the flow: a link a user sends is read like a feed's article page (same limits, and only
 * public addresses, see {@code feed.AddressGuard}), summarized and matched to the talks as a feed's article is, or
 * answered from the store when it was read already. {@link talkwatch.link.LinkSummaries} is the entry point; the bot's
 * /summary answers with it.
 */
package talkwatch.link;
