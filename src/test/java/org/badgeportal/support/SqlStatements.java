package org.badgeportal.support;

import java.util.concurrent.Callable;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread. MockMvc serves a request on the test's
 * own thread, so the count is exactly what that page costs, whatever background work (mail dispatch) does.
 * Registered for every test context in application-test.properties.
 */
public class SqlStatements implements StatementInspector {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        COUNT.get()[0]++;
        return sql;
    }

    /** Runs the work and answers how many statements it prepared on this thread. */
    public static long countDuring(Callable<?> work) throws Exception {
        long before = COUNT.get()[0];
        work.call();
        return COUNT.get()[0] - before;
    }
}
