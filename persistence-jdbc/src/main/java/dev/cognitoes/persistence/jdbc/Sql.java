package dev.cognitoes.persistence.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.config.CognitoRuntime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;

/**
 * The little JDBC the read-model stores need: statements on the connection of the thread's transaction (or a short
 * one of their own), rows read through a lambda, views kept as JSON text written by the runtime's event mapper.
 */
final class Sql {

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static final ObjectMapper JSON = CognitoRuntime.eventObjectMapper();

    private final ConnectionProvider connections;
    private final TransactionManager transactions;

    Sql(ConnectionProvider connections, TransactionManager transactions) {
        this.connections = connections;
        this.transactions = transactions;
    }

    /** Runs one statement that changes rows; {@code task} names it in an error. */
    int update(String task, String sql, Object... parameters) {
        try (Connection connection = connections.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw SqlStates.translate(task, e);
        }
    }

    /** Runs a query and reads every row it returns. */
    <T> List<T> query(String task, String sql, Row<T> reader, Object... parameters) {
        try (Connection connection = connections.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> results = new ArrayList<>();
            while (rows.next()) {
                results.add(reader.read(rows));
            }
            return results;
        } catch (SQLException e) {
            throw SqlStates.translate(task, e);
        }
    }

    /** Runs a query expected to return at most one row. */
    <T> Optional<T> queryOne(String task, String sql, Row<T> reader, Object... parameters) {
        return query(task, sql, reader, parameters).stream().findFirst();
    }

    /** Runs several statements as one: in the thread's transaction when there is one, else in a new one. */
    void inTransaction(Runnable statements) {
        transactions.executeInTransaction(statements);
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T fromJson(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read a " + type.getSimpleName() + " from its JSON", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
