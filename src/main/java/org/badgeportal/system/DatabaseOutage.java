package org.badgeportal.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached" (no connection within the pool's timeout, a
 * connection lost), as opposed to a bug: such requests answer 503 with a clear message, and the portal recovers
 * by itself once the database is back (the connection pool keeps trying).
 */
public final class DatabaseOutage {

    public static final String RETRY_AFTER_SECONDS = "30";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException || cause instanceof JDBCConnectionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && lostConnection(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof TransactionException && cause.getCause() instanceof SQLException) {
                return true; // a transaction that cannot even roll back has lost its connection
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /** SQL states of a lost connection: class 08, and PostgreSQL's shutdown and "cannot connect now" (57P01-03). */
    private static boolean lostConnection(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
