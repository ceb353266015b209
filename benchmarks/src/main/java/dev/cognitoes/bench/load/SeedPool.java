package dev.cognitoes.bench.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cognitoes.auth.srp.PasswordVerifierFactory;
import dev.cognitoes.bench.OneVerifierForAll;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.persistence.jdbc.JdbcStorageModule;
import dev.cognitoes.user.api.AdminConfirmSignUpCommand;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills a new user pool in a PostgreSQL database with {@code users} confirmed users, in process, through the
 * commands the server handles: a pool with the settings the load generator's CreateUserPool gives, a client, then
 * for each user SignUp (with an email attribute) and AdminConfirmSignUp, in {@code threads} threads. A server
 * started on the database afterwards finds the pool, its users and the master key the runtime stored there.
 *
 * <p>Two things differ from users signing up through a server, both because seeded users never sign in: every
 * user gets the same precomputed SRP verifier ({@link OneVerifierForAll}) instead of a modular exponentiation of
 * its own, and the seeding connections commit with {@code synchronous_commit=off} (the data is on disk at the next
 * WAL flush, a fraction of a second later, instead of at each commit). No code is delivered: the pool verifies no
 * attribute, like the load generator's.
 *
 * <p>It reports the runtime's heap after a full collection before and after registering the users: what the runtime
 * keeps in memory per user. Then it runs {@code VACUUM ANALYZE} and {@code CHECKPOINT} (which needs a superuser or {@code pg_checkpoint}),
 * so that the server measured next neither meets autovacuum catching up on the new rows nor writes the seeding's
 * dirty pages. Prints progress on standard error and the pool's id alone on standard output. With {@code --out},
 * appends one JSON line (phase {@code Seed}) with the seeding time, its rates and the time the vacuum took, for
 * {@link Report}.
 *
 * <pre>
 * java -cp cognito-es-benchmarks.jar dev.cognitoes.bench.load.SeedPool --jdbc-url jdbc:postgresql://127.0.0.1/db
 *     --jdbc-user postgres [--jdbc-password pw] --users 1000000 [--threads 4] [--connections 4]
 *     [--server-name cognito-es/postgres+1000000-users --out results.jsonl]
 * </pre>
 * The password may also come from the environment variable {@code COGNITO_ES_JDBC_PASSWORD}.
 */
public final class SeedPool {

    static final String PASSWORD_VARIABLE = "COGNITO_ES_JDBC_PASSWORD";

    private SeedPool() {
    }

    public static void main(String[] argv) throws Exception {
        System.setProperty("disable-axoniq-console-message", "true");
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        long users = Long.parseLong(required(args, "users"));
        if (users < 10) {
            throw new IllegalArgumentException("--users must be at least 10, was " + users);
        }
        int threads = Integer.parseInt(args.getOrDefault("threads", "4"));
        int connections = Integer.parseInt(args.getOrDefault("connections", Integer.toString(threads)));
        String password = args.getOrDefault("jdbc-password", System.getenv(PASSWORD_VARIABLE));

        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(required(args, "jdbc-url"));
        config.setUsername(args.get("jdbc-user"));
        config.setPassword(password);
        config.setPoolName("seed");
        config.setMaximumPoolSize(connections);
        config.setConnectionInitSql("SET synchronous_commit TO off");
        long started = System.nanoTime();
        String poolId;
        Seeding seeding;
        double seconds;
        double vacuumSeconds;
        double heapBefore;
        double heapAfter;
        try (HikariDataSource database = new HikariDataSource(config)) {
            try (CognitoRuntime runtime = CognitoRuntime.builder()
                    .storage(JdbcStorageModule.forPostgres(database).build())
                    .codeDelivery(message -> {
                        throw new IllegalStateException("the seeded pool sends no codes, yet one was sent");
                    })
                    .component(PasswordVerifierFactory.class, new OneVerifierForAll())
                    .build()) {
                poolId = runtime.send(CreateUserPoolCommand.withDefaults(runtime.account().defaultRegion(),
                        "growth-" + users)).id();
                String clientId = runtime.send(new CreateUserPoolClientCommand(poolId,
                        AppClientSettings.defaults("seed"), false, null)).clientId();
                System.err.printf(Locale.ROOT, "seeding pool %s with %d users in %d threads (%d connections)%n",
                        poolId, users, threads, connections);
                seeding = new Seeding(runtime, poolId, clientId, users);
                heapBefore = liveHeapMiB();
                seeding.run(threads);
                heapAfter = liveHeapMiB();
            }
            seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf(Locale.ROOT, "seeded %d users in %.1f s: %.0f users/s (first tenth %.0f/s, last "
                            + "tenth %.0f/s)%n", users, seconds, users / seconds, seeding.firstTenthRate(),
                    seeding.lastTenthRate());
            long vacuumStarted = System.nanoTime();
            vacuum(database);
            vacuumSeconds = (System.nanoTime() - vacuumStarted) / 1e9;
            System.err.printf(Locale.ROOT, "the runtime's heap after a full GC: %.1f MiB before the users, %.1f MiB "
                    + "after them (%.1f bytes per user)%n", heapBefore, heapAfter,
                    (heapAfter - heapBefore) * 1024 * 1024 / users);
            System.err.printf(Locale.ROOT, "VACUUM ANALYZE and CHECKPOINT in %.1f s%n", vacuumSeconds);
        }
        if (args.containsKey("out")) {
            ObjectNode line = Cognito.JSON.createObjectNode();
            line.put("server", args.getOrDefault("server-name", "seed")).put("phase", "Seed")
                    .put("poolUsers", users).put("threads", threads).put("time", Instant.now().toString())
                    .put("seconds", seconds).put("usersPerSec", users / seconds)
                    .put("firstTenthUsersPerSec", seeding.firstTenthRate())
                    .put("lastTenthUsersPerSec", seeding.lastTenthRate())
                    .put("vacuumSeconds", vacuumSeconds)
                    .put("heapBeforeMiB", heapBefore).put("heapAfterMiB", heapAfter);
            Files.writeString(Path.of(args.get("out")), Cognito.JSON.writeValueAsString(line) + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        System.out.println(poolId);
    }

    /** The heap in use after a full collection: what the process holds on to. */
    private static double liveHeapMiB() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static void vacuum(HikariDataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE");
            statement.execute("CHECKPOINT");
        }
    }

    private static String required(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    /** One pool's seeding: the next user to register, the users done, and when each tenth was done. */
    private static final class Seeding {
        private final CognitoRuntime runtime;
        private final String poolId;
        private final String clientId;
        private final long users;
        private final AtomicLong next = new AtomicLong();
        private final AtomicLong done = new AtomicLong();
        private final long[] tenthDoneAt = new long[11];

        Seeding(CognitoRuntime runtime, String poolId, String clientId, long users) {
            this.runtime = runtime;
            this.poolId = poolId;
            this.clientId = clientId;
            this.users = users;
        }

        void run(int threads) throws Exception {
            tenthDoneAt[0] = System.nanoTime();
            ExecutorService workers = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    running.add(workers.submit(this::register));
                }
                long lastReport = System.nanoTime();
                long lastDone = 0;
                for (Future<?> worker : running) {
                    while (!worker.isDone()) {
                        Thread.sleep(200);
                        if (System.nanoTime() - lastReport >= 10_000_000_000L) {
                            long now = System.nanoTime();
                            long count = done.get();
                            System.err.printf(Locale.ROOT, "  %,d users (%.0f %%), %.0f users/s over the last "
                                            + "%.0f s%n", count, 100.0 * count / users,
                                    (count - lastDone) / ((now - lastReport) / 1e9), (now - lastReport) / 1e9);
                            lastReport = now;
                            lastDone = count;
                        }
                    }
                    worker.get();
                }
            } finally {
                workers.shutdownNow();
            }
        }

        private Void register() {
            for (long i = next.getAndIncrement(); i < users; i = next.getAndIncrement()) {
                String username = "user-" + i;
                runtime.send(new SignUpCommand(clientId, null, username, Cognito.PASSWORD,
                        Map.of("email", username + "@example.com")));
                runtime.send(new AdminConfirmSignUpCommand(poolId, username));
                long count = done.incrementAndGet();
                int tenth = (int) (count * 10 / users);
                if (tenth > (count - 1) * 10 / users) {
                    tenthDoneAt[tenth] = System.nanoTime();
                }
            }
            return null;
        }

        double firstTenthRate() {
            return users / 10.0 / ((tenthDoneAt[1] - tenthDoneAt[0]) / 1e9);
        }

        double lastTenthRate() {
            return users / 10.0 / ((tenthDoneAt[10] - tenthDoneAt[9]) / 1e9);
        }
    }
}
