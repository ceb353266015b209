package dev.cognitoes.http;

import dev.cognitoes.persistence.jdbc.JdbcStorageModule;
import dev.cognitoes.spi.StorageModule;
import dev.cognitoes.storage.inmemory.InMemoryStorageModule;
import java.nio.file.Path;
import java.util.Deque;
import java.util.Map;

/** Where the server keeps its state, as its command line and environment choose it. */
sealed interface StorageChoice {

    /** The environment variable naming the PostgreSQL database when {@code --jdbc-url} does not. */
    String URL_VARIABLE = "COGNITO_ES_JDBC_URL";
    /** The environment variable with the database user when {@code --jdbc-user} is not given. */
    String USER_VARIABLE = "COGNITO_ES_JDBC_USER";
    /** The environment variable with the database password when {@code --jdbc-password} is not given. */
    String PASSWORD_VARIABLE = "COGNITO_ES_JDBC_PASSWORD";

    /** The embedded database's directory when no option names one: {@code ./data}. */
    Path DEFAULT_DATA_DIR = Path.of("data");

    /** Opens the storage: creates or migrates the database, connects the pool. */
    StorageModule open();

    /** What the listening log line says about the storage; never a password. */
    String description();

    /** Everything in memory, lost on exit. */
    record InMemory() implements StorageChoice {
        @Override
        public StorageModule open() {
            return new InMemoryStorageModule();
        }

        @Override
        public String description() {
            return "in-memory storage";
        }
    }

    /** A database: state that outlives the process, and read models that can be rebuilt from its event log. */
    sealed interface Database extends StorageChoice {
        @Override
        JdbcStorageModule open();
    }

    /** An embedded H2 database in {@code directory}, which this process alone opens. */
    record H2(Path directory) implements Database {
        public H2 {
            directory = directory.toAbsolutePath().normalize();
        }

        @Override
        public JdbcStorageModule open() {
            return JdbcStorageModule.forH2(directory).build();
        }

        @Override
        public String description() {
            return "H2 database in " + directory;
        }
    }

    /**
     * A PostgreSQL database, shared by every server pointed at it, through a pool of {@code poolSize} connections
     * ({@code null} for HikariCP's default of 10).
     */
    record Postgres(String url, String user, String password, Integer poolSize) implements Database {
        @Override
        public JdbcStorageModule open() {
            JdbcStorageModule.Builder builder = JdbcStorageModule.forPostgres(url, user, password);
            if (poolSize != null) {
                builder.poolSize(poolSize);
            }
            return builder.build();
        }

        @Override
        public String description() {
            return "PostgreSQL " + withoutPassword(url);
        }

        @Override
        public String toString() {
            return "Postgres[url=" + withoutPassword(url) + ", user=" + user + ", poolSize=" + poolSize + "]";
        }
    }

    /** The URL with the value of a {@code password} parameter replaced by {@code ***}. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Collects the storage options of a command line, then {@link #choose chooses} with the environment. */
    final class Options {
        private boolean inMemory;
        private Path dataDir;
        private String jdbcUrl;
        private String jdbcUser;
        private String jdbcPassword;
        private Integer poolSize;

        /**
         * Takes {@code option} when it is a storage option, with its value from {@code inlineValue} or
         * {@code rest}.
         *
         * @return whether it was one
         * @throws IllegalArgumentException when its value is missing or invalid
         */
        boolean accept(String option, String inlineValue, Deque<String> rest) {
            switch (option) {
                case "--in-memory" -> {
                    CognitoServerMain.Options.noValue(option, inlineValue);
                    inMemory = true;
                }
                case "--data-dir" -> dataDir = Path.of(CognitoServerMain.Options.value(option, inlineValue, rest));
                case "--jdbc-url" -> jdbcUrl = CognitoServerMain.Options.value(option, inlineValue, rest);
                case "--jdbc-user" -> jdbcUser = CognitoServerMain.Options.value(option, inlineValue, rest);
                case "--jdbc-password" -> jdbcPassword = CognitoServerMain.Options.value(option, inlineValue, rest);
                case "--jdbc-pool-size" -> poolSize = poolSize(CognitoServerMain.Options.value(option, inlineValue,
                        rest));
                default -> {
                    return false;
                }
            }
            return true;
        }

        /**
         * The storage the options choose: {@code --in-memory}; else {@code --data-dir}; else PostgreSQL when
         * {@code --jdbc-url} or {@link #URL_VARIABLE} names a database (each option over its variable); else H2
         * in {@link #DEFAULT_DATA_DIR}.
         *
         * @throws IllegalArgumentException when options contradict each other or a JDBC option lacks a URL
         */
        StorageChoice choose(Map<String, String> environment) {
            boolean jdbcOptions = jdbcUrl != null || jdbcUser != null || jdbcPassword != null || poolSize != null;
            if (inMemory && (dataDir != null || jdbcOptions)) {
                throw new IllegalArgumentException("--in-memory cannot be combined with --data-dir or --jdbc-* "
                        + "options");
            }
            if (dataDir != null && jdbcOptions) {
                throw new IllegalArgumentException("--data-dir (H2) cannot be combined with --jdbc-* options "
                        + "(PostgreSQL)");
            }
            if (inMemory) {
                return new InMemory();
            }
            if (dataDir != null) {
                return new H2(dataDir);
            }
            String url = firstOf(jdbcUrl, environment.get(URL_VARIABLE));
            if (url == null) {
                if (jdbcOptions) {
                    throw new IllegalArgumentException("--jdbc-user, --jdbc-password and --jdbc-pool-size need "
                            + "--jdbc-url or " + URL_VARIABLE);
                }
                return new H2(DEFAULT_DATA_DIR);
            }
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("--jdbc-url must be a PostgreSQL JDBC URL such as "
                        + "jdbc:postgresql://localhost:5432/cognito, was '" + withoutPassword(url) + "'");
            }
            return new Postgres(url, firstOf(jdbcUser, environment.get(USER_VARIABLE)),
                    firstOf(jdbcPassword, environment.get(PASSWORD_VARIABLE)), poolSize);
        }

        private static String firstOf(String option, String variable) {
            return option != null ? option : variable == null || variable.isBlank() ? null : variable;
        }

        private static int poolSize(String text) {
            try {
                int size = Integer.parseInt(text);
                if (size >= 1) {
                    return size;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new IllegalArgumentException("--jdbc-pool-size must be a number of at least 1, was '"
                    + text + "'");
        }
    }
}
