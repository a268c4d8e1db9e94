package talkwatch.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz's JDBC job store for several talkwatch instances on one PostgreSQL: clustered, in the {@code qrtz_*} tables,
 * on the application's own connection pool. Every instance uses the same settings under the same scheduler name; each
 * gets an id of its own (host name and start time).
 *
 * <p>Specs: <a href="https://quartz-scheduler.org/documentation/quartz-2.3.0/configuration/ConfigJDBCJobStoreClustering.html">clustering</a>,
 * <a href="https://quartz-scheduler.org/documentation/quartz-2.3.0/configuration/ConfigJobStoreTX.html">JobStoreTX</a>.
 */
final class ClusteredStore {

    /** How often each instance writes its check-in time to {@code qrtz_scheduler_state} (Quartz's default). */
    static final Duration CHECK_IN = Duration.ofMillis(7500);

    /**
     * What Quartz adds to an instance's check-in interval before it takes the silent instance for dead: a constant of
     * {@code JobStoreSupport.calcFailedIfAfter}.
     */
    static final Duration GRACE = Duration.ofMillis(7500);

    /**
     * How late a cycle may start before it is skipped for the next slot, as in memory; each instance also looks for
     * such late cycles this often.
     */
    static final Duration MISFIRE = Duration.ofSeconds(1);

    /**
     * The name the pool is lent to Quartz under, in {@link DBConnectionManager}: a map for the whole process, which is
     * fine since a process runs one schedule.
     */
    static final String DATA_SOURCE = "talkwatch";

    private ClusteredStore() {}

    /**
     * The longest a cycle waits for another instance when the one running the schedule dies: its last check-in is at
     * most {@link #CHECK_IN} old, Quartz takes it for dead {@link #CHECK_IN} + {@link #GRACE} after that check-in, the
     * survivors look every {@link #CHECK_IN}, and the cycle that fell due meanwhile is late: the next look for late
     * cycles, within {@link #MISFIRE}, moves it to its next slot, at most {@code every} on. A few database round trips
     * come on top.
     */
    static Duration failover(Duration every) {
        return every.plus(CHECK_IN.multipliedBy(2)).plus(GRACE).plus(MISFIRE);
    }

    /** Lends the application's pool to Quartz, which then never closes it. */
    static void lend(DataSource pool) {
        DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new PoolConnections(pool));
    }

    static Properties settings() {
        Properties properties = new Properties();
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, Schedule.NAME);
        properties.setProperty(
                StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, StdSchedulerFactory.AUTO_GENERATE_INSTANCE_ID);
        // one for the poll, one for the daily forgetting, which may then run beside a poll cycle
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty(
                "org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        // the pool lent by lend(), hence no org.quartz.dataSource.* settings
        properties.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(CHECK_IN.toMillis()));
        // job data as text, never Java-serialized objects (there is none: the jobs find their parts in the context)
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(MISFIRE.toMillis()));
        return properties;
    }

    /** Connections from the application's pool; closing the pool is the application's business. */
    private static final class PoolConnections implements ConnectionProvider {

        private final DataSource pool;

        PoolConnections(DataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public void shutdown() {}

        @Override
        public void initialize() {}
    }
}
