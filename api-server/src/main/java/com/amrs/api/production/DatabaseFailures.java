package com.amrs.api.production;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a failed write means: the database refused the data itself, or it is away, busy or too slow. */
final class DatabaseFailures {

    /** Connection (08), resources (53), operator intervention and timeouts (57), rollbacks (40), locks (55). */
    private static final List<String> OUTAGE_CLASSES = List.of("08", "53", "57", "40", "55", "58");

    private DatabaseFailures() {}

    /** The database is unreachable, shutting down, out of resources, or a statement timed out. */
    static boolean isOutage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || OUTAGE_CLASSES.contains(state.substring(0, Math.min(2, state.length())));
            }
        }
        return false;
    }

    /** Data exceptions (class 22), integrity violations (23) and program limits (54, e.g. an index row too large). */
    static boolean isRefusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("22") || state.startsWith("23") || state.startsWith("54");
            }
        }
        return false;
    }

    /** The first line of the database's message, without its severity. */
    static String reason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                error = cause;
                break;
            }
        }
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        String first = message.lines().findFirst().orElse(message);
        return first.startsWith("ERROR: ") ? first.substring("ERROR: ".length()) : first;
    }
}
