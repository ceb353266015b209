package dev.cognitoes.persistence.jdbc;

import java.sql.SQLException;
import java.util.Set;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Reads what a failed statement means from its SQLSTATE, which PostgreSQL and H2 report alike: {@code 23505} a
 * unique key already taken, {@code 40001} and {@code 40P01} a transaction that lost a race (a serialization
 * failure or a deadlock) and may be retried.
 */
final class SqlStates implements PersistenceExceptionResolver {

    static final SqlStates INSTANCE = new SqlStates();

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Set<String> LOST_RACE = Set.of("40001", "40P01");

    private SqlStates() {
    }

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return hasState(exception, Set.of(UNIQUE_VIOLATION));
    }

    /**
     * The exception a store throws for a failed statement: a {@link ConcurrencyException}, which the runtime
     * answers by retrying the command, when the transaction lost a race; a {@link JdbcException} otherwise.
     */
    static RuntimeException translate(String task, SQLException e) {
        if (hasState(e, LOST_RACE)) {
            return new ConcurrencyException("Lost a race with a concurrent transaction while trying to " + task, e);
        }
        return new JdbcException("Failed to " + task, e);
    }

    private static boolean hasState(Throwable failure, Set<String> states) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && states.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
