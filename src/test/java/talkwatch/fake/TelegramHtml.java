package talkwatch.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text sent with {@code parse_mode=HTML} the way Telegram does
 * (https://core.telegram.org/bots/api#html-style), with Telegram's wording for tag errors ("Unsupported
 * start tag \"div\" at byte offset 0", "Can't find end tag corresponding to start tag \"b\"").
 *
 * <p>The fake is stricter than Telegram about bare {@code &} and {@code >}: the Bot API asks for them
 * to be escaped, Telegram forgives them, and the fake reports them so that escaping bugs show up in
 * tests.
 */
final class TelegramHtml {

    private static final Set<String> TAGS = Set.of(
            "b",
            "strong",
            "i",
            "em",
            "u",
            "ins",
            "s",
            "strike",
            "del",
            "a",
            "code",
            "pre",
            "tg-spoiler",
            "span",
            "blockquote",
            "tg-emoji");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");
    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z0-9-]*");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("\\s*([A-Za-z-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)|\\s*");

    private TelegramHtml() {}

    /** The reason Telegram would refuse {@code html}, or empty when it is well-formed. */
    static Optional<String> problem(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                String problem;
                int end = html.indexOf('>', i);
                if (html.startsWith("</", i)) {
                    problem = closeTag(html, i, end, open);
                } else {
                    problem = openTag(html, i, open);
                    end = problem == null ? tagEnd(html, i) : end;
                }
                if (problem != null) {
                    return Optional.of(problem);
                }
                i = end + 1;
                continue;
            }
            if (c == '&' && !ENTITY.matcher(html).region(i, html.length()).lookingAt()) {
                return Optional.of("Unescaped \"&\" at byte offset " + byteOffset(html, i));
            }
            if (c == '>') {
                return Optional.of("Unescaped \">\" at byte offset " + byteOffset(html, i));
            }
            i++;
        }
        return open.isEmpty()
                ? Optional.empty()
                : Optional.of("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
    }

    /** The text a reader sees: tags dropped, entities decoded; Telegram counts its length. */
    static String plainText(String html) {
        String text = html.replaceAll("<[^>]*>", "");
        Matcher entity = ENTITY.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(plain, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        return entity.appendTail(plain).toString();
    }

    private static String closeTag(String html, int start, int end, Deque<String> open) {
        if (end < 0) {
            return "Unclosed end tag at byte offset " + byteOffset(html, start);
        }
        String name = html.substring(start + 2, end).trim().toLowerCase(Locale.ROOT);
        if (open.isEmpty()) {
            return "Unexpected end tag at byte offset " + byteOffset(html, start);
        }
        if (!open.peek().equals(name)) {
            return "Unmatched end tag at byte offset " + byteOffset(html, start) + ", expected \"</" + open.peek()
                    + ">\", found \"</" + name + ">\"";
        }
        open.pop();
        return null;
    }

    private static String openTag(String html, int start, Deque<String> open) {
        Matcher nameMatcher = TAG_NAME.matcher(html).region(start + 1, html.length());
        nameMatcher.lookingAt();
        String name = nameMatcher.group().toLowerCase(Locale.ROOT);
        if (!TAGS.contains(name)) {
            return "Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(html, start);
        }
        int end = tagEnd(html, start);
        if (end < 0) {
            return "Unclosed start tag at byte offset " + byteOffset(html, start);
        }
        String attributes = html.substring(nameMatcher.end(), end);
        if (name.equals("span") && !attributes.matches("\\s*class\\s*=\\s*[\"']?tg-spoiler[\"']?\\s*")) {
            return "Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(html, start);
        }
        open.push(name);
        return null;
    }

    /** The index of the {@code >} closing the start tag at {@code start}, or -1. */
    private static int tagEnd(String html, int start) {
        Matcher nameMatcher = TAG_NAME.matcher(html).region(start + 1, html.length());
        nameMatcher.lookingAt();
        int i = nameMatcher.end();
        Matcher attribute = ATTRIBUTE.matcher(html);
        while (i < html.length() && html.charAt(i) != '>') {
            attribute.region(i, html.length());
            if (!attribute.lookingAt() || attribute.end() == i) {
                return -1;
            }
            i = attribute.end();
        }
        return i < html.length() ? i : -1;
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default ->
                entity.startsWith("#x")
                        ? Character.toString(Integer.parseInt(entity.substring(2), 16))
                        : Character.toString(Integer.parseInt(entity.substring(1)));
        };
    }

    private static int byteOffset(String html, int index) {
        return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }
}
