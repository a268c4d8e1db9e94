package talkwatch.summary;

import java.util.List;

/**
 * One sentence of an article body.
 *
 * @param index position in the body, from 0
 * @param text the original wording, as shown to readers
 * @param terms normalized, stemmed content terms, for ranking only
 * @param words number of words, stop words included
 */
record Sentence(int index, String text, List<String> terms, int words) {}
