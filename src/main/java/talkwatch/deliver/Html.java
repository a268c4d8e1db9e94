package talkwatch.deliver;

/** Escaping for Telegram's HTML parse mode: the three characters it requires, plus quotes in attributes. */
public final class Html {

    private Html() {}

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }
}
