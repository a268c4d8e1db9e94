package talkwatch.testing;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the outside corpora are: data the repository may not hold, which only evaluations and benchmarks read. Today
 * one, EASC (the Essex Arabic Summaries Corpus; README, "Evaluations on EASC"): the folder named by {@value
 * #EASC_VARIABLE}, else {@code ../shared/data/easc} beside the project, laid out as that folder is ({@code
 * articles/}, {@code summaries/}, {@code dev.txt}, {@code test.txt}).
 *
 * <p>An evaluation asks {@link #eascForEvaluation()}: without the corpus it is skipped (a JUnit assumption, reported
 * once at the end of the run by {@link SkippedEvaluations}), or fails when {@value #REQUIRE_VARIABLE} is set, as CI
 * sets it. A command-line tool asks {@link #eascOrExit()}.
 */
public final class Corpora {

    /** Names the EASC folder when it is not at {@code ../shared/data/easc}. */
    public static final String EASC_VARIABLE = "TALKWATCH_EASC";
    /** When set (to anything but empty or {@code 0}), a missing corpus fails the evaluations instead of skipping them. */
    public static final String REQUIRE_VARIABLE = "TALKWATCH_REQUIRE_CORPORA";
    /** Starts the message of every evaluation skipped for want of a corpus, so that it can be told from others. */
    static final String SKIPPED = "outside corpus missing: ";

    private Corpora() {}

    /** EASC's folder when there is one, else why not (one line naming where it looked). */
    public record Lookup(Optional<Path> folder, String absence) {
        static Lookup found(Path folder) {
            return new Lookup(Optional.of(folder), "");
        }

        static Lookup missing(String absence) {
            return new Lookup(Optional.empty(), absence);
        }
    }

    /** Finds EASC as the class comment says, from this process's environment and the project this code was built in. */
    public static Lookup easc() {
        return easc(System.getenv(), project());
    }

    static Lookup easc(Map<String, String> environment, Path project) {
        String named = environment.getOrDefault(EASC_VARIABLE, "");
        if (!named.isBlank()) {
            Path folder = Path.of(named).toAbsolutePath().normalize();
            return isEasc(folder)
                    ? Lookup.found(folder)
                    : Lookup.missing(EASC_VARIABLE + "=" + named + " is not an EASC folder (it needs articles/,"
                            + " summaries/, dev.txt and test.txt)");
        }
        Path beside = project.resolve("../shared/data/easc").toAbsolutePath().normalize();
        return isEasc(beside)
                ? Lookup.found(beside)
                : Lookup.missing("no EASC corpus at " + beside + " and " + EASC_VARIABLE + " is not set");
    }

    /**
     * For an evaluation on EASC: its folder. Without it the calling test is skipped, or fails when {@value
     * #REQUIRE_VARIABLE} is set.
     */
    public static Path eascForEvaluation() {
        Lookup easc = easc();
        if (easc.folder().isPresent()) {
            return easc.folder().get();
        }
        if (required(System.getenv())) {
            throw new AssertionError(easc.absence() + ", and " + REQUIRE_VARIABLE + " asks for the evaluations on it");
        }
        return Assumptions.abort(SKIPPED + easc.absence());
    }

    /** For a command-line tool that needs EASC: its folder, or one line on standard error and exit status 2. */
    public static Path eascOrExit() {
        Lookup easc = easc();
        if (easc.folder().isEmpty()) {
            System.err.println(
                    "talkwatch: " + easc.absence() + "; this tool needs EASC: put it at ../shared/data/easc or set "
                            + EASC_VARIABLE + " to its folder (README, \"Evaluations on EASC\")");
            System.exit(2);
        }
        return easc.folder().get();
    }

    static boolean required(Map<String, String> environment) {
        String value = environment.getOrDefault(REQUIRE_VARIABLE, "").strip();
        return !value.isEmpty() && !value.equals("0");
    }

    private static boolean isEasc(Path folder) {
        return Files.isDirectory(folder.resolve("articles"))
                && Files.isDirectory(folder.resolve("summaries"))
                && Files.isRegularFile(folder.resolve("dev.txt"))
                && Files.isRegularFile(folder.resolve("test.txt"));
    }

    /**
     * The project folder: two levels above the compiled test classes ({@code target/test-classes}) in a Maven build,
     * else the working folder.
     */
    static Path project() {
        CodeSource source = Corpora.class.getProtectionDomain().getCodeSource();
        if (source != null) {
            try {
                Path classes = Path.of(source.getLocation().toURI());
                Path target = classes.getParent();
                if (classes.endsWith("test-classes") && target != null && target.getParent() != null) {
                    return target.getParent();
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file location (a jar in a web start, say): fall back on the working folder
            }
        }
        return Path.of("").toAbsolutePath();
    }
}
