/**
 * First stage of the flow: fetch one feed over HTTP and turn its items into {@link talkwatch.feed.Article}s.
 *
 * <p>{@link talkwatch.feed.FeedReader} is the only entry point; the HTTP client, the XML parser and ROME stay
 * inside this package, so no other package sees a ROME type.
 */
package talkwatch.feed;
