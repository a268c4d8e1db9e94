package talkwatch.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Lines of one Telegram message: as many as fit in the room left, then a line that counts the others. */
final class FittedLines {

    private FittedLines() {}

    /**
     * @param omitted the closing line when the lines from this index on do not fit
     * @return the lines joined by line breaks, at most {@code room} characters
     */
    static String join(List<String> lines, int room, IntFunction<String> omitted) {
        int reserve = omitted.apply(0).length() + 1;
        List<String> shown = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean last = i == lines.size() - 1;
            if (used + line.length() + 1 > room - (last ? 0 : reserve)) {
                shown.add(omitted.apply(i));
                break;
            }
            shown.add(line);
            used += line.length() + 1;
        }
        return String.join("\n", shown);
    }
}
