/**
 * Arabic text handling shared by matching and summarizing: normalization ({@link talkwatch.arabic.ArabicText}),
 * sentence splitting ({@link talkwatch.arabic.SentenceSplitter}) and stemmed terms for ranking
 * ({@link talkwatch.arabic.TermExtractor}, backed by Lucene's Arabic analysis).
 */
package talkwatch.arabic;
