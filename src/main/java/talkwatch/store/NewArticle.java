package talkwatch.store;

import java.util.List;
import talkwatch.feed.Article;

/** An article to save: what the feed said, where it came from, its topics and summary (none if it has no topic). */
public record NewArticle(Article article, String sourceName, List<String> topicIds, List<String> summary) {}
