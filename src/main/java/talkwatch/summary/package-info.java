/**
 * Extractive Arabic summaries of matched articles, stored with the article and sent to subscribers: sentences are
 * ranked by learned weights over position, graph centrality and overlap with the headline, and returned verbatim.
 */
package talkwatch.summary;
