/**
 * Decides which configured topics (peace talks: Astana, Geneva, Sochi, …) an article belongs to, between parsing a
 * feed and summarizing its articles.
 */
package talkwatch.match;
