package dev.cognitoes.persistence.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Transactions on one JDBC connection per thread: {@link #startTransaction()} takes a connection from the data
 * source, turns autocommit off and binds it to the calling thread until the transaction commits or rolls back.
 * The {@link #connectionProvider() connection provider} hands that bound connection to Axon's engine and token
 * store and to the read-model stores alike, so the events of a unit of work and the read-model rows its
 * projections write are committed together. A transaction started while one is bound joins it: only the
 * outermost commits or rolls back. Without a bound transaction the provider hands out the data source's own
 * short-lived, autocommitting connections.
 */
final class JdbcTransactionManager implements TransactionManager {

    private static final Transaction JOINED = new Transaction() {
        @Override
        public void commit() {
        }

        @Override
        public void rollback() {
        }
    };

    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();

    JdbcTransactionManager(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Transaction startTransaction() {
        if (bound.get() != null) {
            return JOINED;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            release(connection, false);
            throw new JdbcException("could not start a database transaction", e);
        }
        bound.set(connection);
        return new BoundTransaction(connection);
    }

    /** Connections for Axon and the stores: the thread's transaction's, or a fresh autocommitting one. */
    ConnectionProvider connectionProvider() {
        return () -> {
            Connection connection = bound.get();
            return connection == null ? dataSource.getConnection() : unclosable(connection);
        };
    }

    private static Connection unclosable(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static void release(Connection connection, boolean finished) {
        if (connection == null) {
            return;
        }
        try {
            if (finished) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // a pool resets or discards a connection it cannot reset
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing is left to release
            }
        }
    }

    private final class BoundTransaction implements Transaction {

        private final Connection connection;
        private boolean ended;

        BoundTransaction(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void commit() {
            if (ended) {
                return;
            }
            try {
                connection.commit();
                end(true);
            } catch (SQLException e) {
                rollback();
                throw new JdbcException("could not commit the database transaction", e);
            }
        }

        @Override
        public void rollback() {
            if (ended) {
                return;
            }
            try {
                connection.rollback();
                end(true);
            } catch (SQLException e) {
                end(false);
                throw new JdbcException("could not roll back the database transaction", e);
            }
        }

        private void end(boolean finished) {
            ended = true;
            if (bound.get() == connection) {
                bound.remove();
            }
            release(connection, finished);
        }
    }
}
