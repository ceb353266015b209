package dev.cognitoes.persistence.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The databases {@link JdbcStorageModule} keeps state in; each has its own set of schema migrations. */
public enum JdbcDialect {

    /** PostgreSQL 13 or later; several runtimes may share one database. */
    POSTGRESQL("db/migration/postgresql") {
        @Override
        String upsert(String table, List<String> keys, List<String> others) {
            return "INSERT INTO " + table + " (" + columns(keys, others) + ") VALUES (" + placeholders(keys, others)
                    + ") ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET "
                    + others.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        }

        @Override
        String insertIfAbsent(String table, List<String> keys, List<String> others) {
            return "INSERT INTO " + table + " (" + columns(keys, others) + ") VALUES (" + placeholders(keys, others)
                    + ") ON CONFLICT (" + String.join(", ", keys) + ") DO NOTHING";
        }

        @Override
        Optional<String> lockEventLog() {
            return Optional.of("LOCK TABLE domainevententry IN EXCLUSIVE MODE");
        }
    },

    /** H2 2.x in embedded mode: one process owns the database files. */
    H2("db/migration/h2") {
        @Override
        String upsert(String table, List<String> keys, List<String> others) {
            return "MERGE INTO " + table + " (" + columns(keys, others) + ") KEY (" + String.join(", ", keys)
                    + ") VALUES (" + placeholders(keys, others) + ")";
        }

        @Override
        String insertIfAbsent(String table, List<String> keys, List<String> others) {
            String all = columns(keys, others);
            return "MERGE INTO " + table + " t USING (VALUES (" + placeholders(keys, others) + ")) s (" + all
                    + ") ON " + keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "))
                    + " WHEN NOT MATCHED THEN INSERT (" + all + ") VALUES ("
                    + concat(keys, others).stream().map(c -> "s." + c).collect(Collectors.joining(", ")) + ")";
        }

        @Override
        Optional<String> lockEventLog() {
            return Optional.empty();
        }
    };

    private final String migrations;

    JdbcDialect(String migrations) {
        this.migrations = migrations;
    }

    /** The class path folder of this database's Flyway migrations. */
    String migrations() {
        return migrations;
    }

    /** A statement that inserts a row or, when its key is taken, replaces the other columns. */
    abstract String upsert(String table, List<String> keys, List<String> others);

    /** A statement that inserts a row unless its key is taken, without failing when it is, also under races. */
    abstract String insertIfAbsent(String table, List<String> keys, List<String> others);

    /**
     * A statement that keeps other transactions from appending events, but not from reading them, until the
     * calling transaction ends; none for a database only this process opens.
     */
    abstract Optional<String> lockEventLog();

    private static List<String> concat(List<String> keys, List<String> others) {
        return Stream.concat(keys.stream(), others.stream()).toList();
    }

    private static String columns(List<String> keys, List<String> others) {
        return String.join(", ", concat(keys, others));
    }

    private static String placeholders(List<String> keys, List<String> others) {
        return concat(keys, others).stream().map(c -> "?").collect(Collectors.joining(", "));
    }
}
