package talkwatch.testing;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says once, at the end of a test run, which evaluations were skipped because an outside corpus is missing
 * ({@link Corpora}), why, and how to run them: one line on standard error, so that {@code mvn test} shows it beside
 * the results instead of in a report file. Registered with the JUnit Platform in {@code
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkippedEvaluations implements TestExecutionListener {

    /** The number of evaluations skipped in each test class, by class name. */
    private final Map<String, Integer> skipped = new TreeMap<>();
    /** Why they were skipped: where the corpora were looked for. */
    private final Set<String> reasons = new TreeSet<>();
    /** The number of tests of the PostgreSQL mode skipped for want of a server, by class name. */
    private final Map<String, Integer> skippedOnPostgres = new TreeMap<>();
    /** Why: where the server was looked for. */
    private final Set<String> postgresReasons = new TreeSet<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        String message = result.getThrowable().map(Throwable::getMessage).orElse("");
        if (message == null) {
            return;
        }
        if (message.startsWith(Corpora.SKIPPED)) {
            skipped.merge(className(test), 1, Integer::sum);
            reasons.add(message.substring(Corpora.SKIPPED.length()));
        } else if (message.startsWith(PostgresForTests.SKIPPED)) {
            skippedOnPostgres.merge(className(test), 1, Integer::sum);
            postgresReasons.add(message.substring(PostgresForTests.SKIPPED.length()));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (!skipped.isEmpty()) {
            System.err.println(line(skipped, reasons));
            skipped.clear();
            reasons.clear();
        }
        if (!skippedOnPostgres.isEmpty()) {
            System.err.println(postgresLine(skippedOnPostgres, postgresReasons));
            skippedOnPostgres.clear();
            postgresReasons.clear();
        }
    }

    static String postgresLine(Map<String, Integer> skipped, Set<String> reasons) {
        int count = skipped.values().stream().mapToInt(Integer::intValue).sum();
        return "talkwatch: " + count + (count == 1 ? " test" : " tests") + " of the PostgreSQL mode skipped ("
                + classes(skipped) + "): " + String.join("; ", reasons) + ". To run them: pg_virtualenv mvn -B test"
                + " (README, \"Tests\").";
    }

    private static String classes(Map<String, Integer> skipped) {
        return String.join(
                ", ",
                skipped.entrySet().stream()
                        .map(entry -> entry.getKey() + " ×" + entry.getValue())
                        .toList());
    }

    static String line(Map<String, Integer> skipped, Set<String> reasons) {
        int count = skipped.values().stream().mapToInt(Integer::intValue).sum();
        return "talkwatch: " + count + (count == 1 ? " evaluation" : " evaluations") + " on outside corpora skipped ("
                + classes(skipped) + "): " + String.join("; ", reasons) + ". To run them, put EASC at"
                + " ../shared/data/easc or set " + Corpora.EASC_VARIABLE + " to its folder (README, \"Evaluations on"
                + " EASC\").";
    }

    private static String className(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        if (source instanceof MethodSource method) {
            return simpleName(method.getClassName());
        }
        if (source instanceof ClassSource type) {
            return simpleName(type.getClassName());
        }
        return test.getDisplayName();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
