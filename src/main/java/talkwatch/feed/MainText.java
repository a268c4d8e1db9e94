package talkwatch.feed;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of an article page, found by scoring blocks the way Arc90's Readability does: each paragraph of
 * real prose scores for its length and its commas; its score goes to its parent, half of it to the grandparent; a
 * container's class or id counts for ("article", "content") or against ("comment", "sidebar") it, and its link
 * density lowers it. The best container's paragraphs are the text. Stateless and thread-safe.
 */
final class MainText {
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final String NOISE =
            "script, style, noscript, iframe, form, nav, header, footer, aside, svg, button";
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|post|story|text|blog|news|matn|نص", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|footer|sidebar|share|social|related|nav|menu|promo|widget|banner|ad-|ads|sponsor|tags|breadcrumb",
            Pattern.CASE_INSENSITIVE);

    private MainText() {}

    /** The page's main text, one paragraph per line; empty when no block looks like an article. */
    static Optional<String> extract(String html, String baseUri) {
        return extract(Jsoup.parse(html, baseUri));
    }

    static Optional<String> extract(Document page) {
        page.select(NOISE).remove();
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : page.select("p, pre, td, div:not(:has(p, div, table, ul, ol))")) {
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(3, text.length() / 100);
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) {
                scores.merge(grandparent, score / 2, Double::sum);
            }
        }
        return scores.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), scored(e.getKey(), e.getValue())))
                .max(Map.Entry.comparingByValue())
                .map(best -> text(best.getKey()))
                .filter(text -> !text.isBlank());
    }

    private static double scored(Element container, double score) {
        return (score + classWeight(container)) * (1 - linkDensity(container));
    }

    private static int classWeight(Element element) {
        String names = element.className() + " " + element.id();
        int weight = 0;
        if (POSITIVE.matcher(names).find()) {
            weight += 25;
        }
        if (NEGATIVE.matcher(names).find()) {
            weight -= 25;
        }
        if (element.nameIs("article") || element.nameIs("main")) {
            weight += 25;
        }
        return weight;
    }

    private static double linkDensity(Element element) {
        int all = element.text().length();
        if (all == 0) {
            return 1;
        }
        int links =
                element.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1, (double) links / all);
    }

    private static int commas(String text) {
        return (int) text.chars().filter(c -> c == ',' || c == '،').count();
    }

    private static String text(Element container) {
        List<Element> blocks = container.select("p, h2, h3, h4, li, blockquote, pre");
        if (blocks.isEmpty()) {
            return container.text().strip();
        }
        return blocks.stream()
                .filter(block -> block.parents().stream().noneMatch(blocks::contains))
                .map(Element::text)
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining("\n"));
    }
}
