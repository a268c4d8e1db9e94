package talkwatch.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkwatch.store.Database;
import talkwatch.store.Storage;
import talkwatch.testing.PostgresForTests;

/**
 * Two instances, each in a child JVM ({@link ClusterNode}), share one schedule on PostgreSQL: they take turns, never
 * overlap, and one takes over when the other is killed.
 */
class ScheduleClusterTest {

    private static final Duration EVERY = Duration.ofSeconds(2);
    private static final Duration CYCLE = Duration.ofMillis(1500);

    @TempDir
    Path dir;

    private Storage.Postgres schema;
    private Database store;
    private final List<Node> nodes = new ArrayList<>();

    @BeforeEach
    void freshSchema() {
        schema = PostgresForTests.freshSchema();
        // migrated once here, so that the two instances find the tables made
        store = Database.open(schema);
    }

    @AfterEach
    void stopAll() throws Exception {
        for (Node node : nodes) {
            node.process().destroyForcibly().waitFor();
        }
        if (store != null) {
            store.close();
        }
        if (schema != null) {
            QuartzTables.dropSchema(schema);
        }
    }

    @Test
    void theInstancesRunOneCycleAtATimeAndOnePerInterval() throws Exception {
        Node a = launch("a");
        Node b = launch("b");
        awaitCheckedIn(2);
        long checkedIn = System.currentTimeMillis();
        // watched from a cycle on: the first ones, while both JVMs warm up, may come late and be skipped
        long from = await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(10))
                .until(
                        () -> cycles(a, b).stream()
                                .filter(cycle -> cycle.start() >= checkedIn)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow()
                .start();
        // five slots, the window's end half an interval clear of the sixth
        long to = from + 5 * EVERY.toMillis() - EVERY.toMillis() / 2;
        Thread.sleep(Math.max(0, to - System.currentTimeMillis()));
        a.stop();
        b.stop();

        List<Cycle> cycles = cycles(a, b);
        System.out.printf(
                "cluster: %d cycles by a, %d by b; %d started in the %d ms watched; starts %s%n",
                cycles.stream().filter(cycle -> cycle.node().equals("a")).count(),
                cycles.stream().filter(cycle -> cycle.node().equals("b")).count(),
                cycles.stream()
                        .filter(cycle -> cycle.start() >= from && cycle.start() < to)
                        .count(),
                to - from,
                cycles.stream()
                        .map(cycle -> cycle.node() + "@" + (cycle.start() - from))
                        .toList());
        assertThat(cycles)
                .as("the cycles, %s", logs())
                .allSatisfy(cycle -> assertThat(cycle.end()).isPresent());
        for (int i = 1; i < cycles.size(); i++) {
            assertThat(cycles.get(i).start())
                    .as("%s starts after %s ended", cycles.get(i), cycles.get(i - 1))
                    .isGreaterThanOrEqualTo(cycles.get(i - 1).end().orElseThrow());
        }
        assertThat(cycles.stream().filter(cycle -> cycle.start() >= from && cycle.start() < to))
                .as("one cycle per %s across the cluster, not one per instance: %s", EVERY, cycles)
                .hasSizeBetween(4, 6);
    }

    @Test
    void whenTheInstanceRunningACycleIsKilledTheOtherRunsTheNextInTime() throws Exception {
        Node a = launch("a");
        Node b = launch("b");
        awaitCheckedIn(2);
        long checkedIn = System.currentTimeMillis();

        Node victim = await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(10))
                .until(
                        () -> Stream.of(a, b)
                                .filter(node -> node.cycles().stream()
                                        .anyMatch(cycle -> cycle.start() >= checkedIn
                                                && cycle.end().isEmpty()))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        Node survivor = victim == a ? b : a;
        long killed = System.currentTimeMillis();
        victim.process().destroyForcibly().waitFor();

        // two poll intervals and the check-ins' margin: one interval more than the documented bound
        Duration bound = EVERY.plus(ClusteredStore.failover(EVERY));
        Cycle next = await().atMost(bound.plusSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> survivor.cycles().stream()
                                .filter(cycle -> cycle.start() > killed)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        long failover = next.start() - killed;
        System.out.printf(
                "failover: %s killed (SIGKILL) during a cycle; %s started the next cycle %d ms later (poll every %d ms;"
                        + " documented bound: every + 2 x check-in %d + grace %d + misfire %d = %d ms)%n",
                victim.name(),
                survivor.name(),
                failover,
                EVERY.toMillis(),
                ClusteredStore.CHECK_IN.toMillis(),
                ClusteredStore.GRACE.toMillis(),
                ClusteredStore.MISFIRE.toMillis(),
                ClusteredStore.failover(EVERY).toMillis());
        survivor.stop();

        assertThat(victim.cycles().get(victim.cycles().size() - 1).end())
                .as("the victim died during its cycle")
                .isEmpty();
        assertThat(Duration.ofMillis(failover)).as("failover time, %s", logs()).isLessThanOrEqualTo(bound);
    }

    /** A stand-in poll cycle as a node wrote it down; no end when the node died during it. */
    record Cycle(String node, long start, Optional<Long> end) {}

    record Node(String name, Process process, Path events, Path log) {

        List<Cycle> cycles() {
            List<Cycle> cycles = new ArrayList<>();
            String text;
            try {
                text = Files.exists(events) ? Files.readString(events) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // only whole lines: the node may be writing one
            for (String line :
                    text.substring(0, text.lastIndexOf('\n') + 1).lines().toList()) {
                long at = Long.parseLong(line.substring(line.indexOf(' ') + 1));
                if (line.startsWith("start ")) {
                    cycles.add(new Cycle(name, at, Optional.empty()));
                } else {
                    Cycle open = cycles.remove(cycles.size() - 1);
                    cycles.add(new Cycle(name, open.start(), Optional.of(at)));
                }
            }
            return cycles;
        }

        /** Closes its standard input: the node closes its schedule, waiting for a running cycle, and exits. */
        void stop() throws Exception {
            process.getOutputStream().close();
            assertThat(process.waitFor(20, TimeUnit.SECONDS))
                    .as("%s stopped", name)
                    .isTrue();
            assertThat(process.exitValue())
                    .as("%s's exit code, log: %s", name, Files.readString(log))
                    .isZero();
        }
    }

    private Node launch(String name) throws IOException {
        Path events = dir.resolve(name + ".events");
        Path log = dir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ClusterNode.class.getName(),
                Long.toString(EVERY.toMillis()),
                Long.toString(CYCLE.toMillis()),
                events.toString());
        builder.environment().put(ClusterNode.URL_VARIABLE, schema.url());
        builder.environment().put(ClusterNode.USER_VARIABLE, schema.user());
        schema.password().ifPresent(password -> builder.environment().put(ClusterNode.PASSWORD_VARIABLE, password));
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        Node node = new Node(name, builder.start(), events, log);
        nodes.add(node);
        return node;
    }

    private void awaitCheckedIn(int instances) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() ->
                        QuartzTables.count(store.shared().orElseThrow(), "SELECT count(*) FROM qrtz_scheduler_state")
                                == instances);
    }

    private static List<Cycle> cycles(Node... nodes) {
        List<Cycle> all = new ArrayList<>();
        for (Node node : nodes) {
            all.addAll(node.cycles());
        }
        all.sort(Comparator.comparingLong(Cycle::start));
        return all;
    }

    private String logs() {
        return nodes.stream()
                .map(node -> {
                    try {
                        return node.name() + ": " + Files.readString(node.log());
                    } catch (IOException e) {
                        return node.name() + ": " + e;
                    }
                })
                .collect(Collectors.joining("\n"));
    }
}
