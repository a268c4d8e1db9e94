/**
 * Recognizes the same story told by several outlets, between matching an article's topics and saving it, so each
 * subscriber gets one message per story.
 */
package talkwatch.story;
