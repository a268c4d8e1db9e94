package talkwatch.testing;

/**
 * The article talkwatch was designed around, told in the project's own words ({@code articles/astana-next-round.txt},
 * see its README): the date of the next Astana round (3 and 4 May) in the headline and in one sentence of the body,
 * the scraper's «., » between sentences, hashtags and a missing space or two. First line the headline, then the text.
 */
public final class SeedArticle {

    private static final String TEXT = TestResources.text("/articles/astana-next-round.txt");

    private SeedArticle() {}

    public static String text() {
        return TEXT;
    }

    public static String headline() {
        return TEXT.lines().findFirst().orElseThrow().strip();
    }

    public static String body() {
        return TEXT.substring(TEXT.indexOf('\n') + 1).strip();
    }
}
