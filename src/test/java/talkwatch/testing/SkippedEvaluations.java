package talkwatch.testing;

import java.util.List;
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

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) {
            return;
        }
        result.getThrowable()
                .map(Throwable::getMessage)
                .filter(message -> message != null && message.startsWith(Corpora.SKIPPED))
                .ifPresent(message -> {
                    skipped.merge(className(test), 1, Integer::sum);
                    reasons.add(message.substring(Corpora.SKIPPED.length()));
                });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (!skipped.isEmpty()) {
            System.err.println(line(skipped, reasons));
            skipped.clear();
            reasons.clear();
        }
    }

    static String line(Map<String, Integer> skipped, Set<String> reasons) {
        int count = skipped.values().stream().mapToInt(Integer::intValue).sum();
        List<String> classes = skipped.entrySet().stream()
                .map(entry -> entry.getKey() + " ×" + entry.getValue())
                .toList();
        return "talkwatch: " + count + (count == 1 ? " evaluation" : " evaluations") + " on outside corpora skipped ("
                + String.join(", ", classes) + "): " + String.join("; ", reasons) + ". To run them, put EASC at"
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
