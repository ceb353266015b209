package dev.cognitoes.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cognitoes.auth.srp.SrpTestClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop load generator for a Cognito endpoint: {@code concurrency} threads, each on its own keep-alive
 * connection, send the next request as soon as the last one is answered. Each phase runs a warm-up, then measures
 * for a fixed time: operations per second, latency percentiles (HdrHistogram, microsecond resolution), errors by
 * AWS error name, the CPU the server process used (and the database's, when given) and the server's RSS.
 *
 * <p>Phases: {@code SignUp}; {@code AdminConfirmSignUp} of the users the SignUp phase left unconfirmed (without
 * warm-up, which would use them up, and ending early when they run out); {@code InitiateAuth} with {@code USER_PASSWORD_AUTH}; {@code USER_SRP_AUTH} (both
 * round trips, one operation); {@code GetUser}; {@code Mix} (50 % GetUser, 30 % InitiateAuth, 10 % SignUp, 10 %
 * AdminConfirmSignUp of users signed up in the mix, a SignUp when none is waiting). A phase written
 * {@code <phase>@<n>} runs with {@code n} clients instead of {@code concurrency}: {@code Mix@4} is the mix with the
 * 2 cores busy but few requests queued behind each other, for its latency. Sign-ins and GetUser use
 * {@code users} users seeded and confirmed before the phases. Each result is appended as one JSON line.
 *
 * <p>The phases run in a pool the generator creates, or with {@code --user-pool-id} in an existing one, such as a
 * pool {@link SeedPool} filled with many users; the generator then still creates its own client and signs up its
 * own {@code users} users there.
 *
 * <pre>
 * java -cp cognito-es-benchmarks.jar dev.cognitoes.bench.load.LoadGenerator --endpoint http://127.0.0.1:9229
 *     --server-name cognito-es/in-memory --server-pid 1234 [--db-pid 1240] [--concurrency 16] [--duration 10]
 *     [--warmup 2] [--users 200] [--phases SignUp,AdminConfirmSignUp,...] [--user-pool-id eu-west-1_xxx] --out results.jsonl
 * </pre>
 */
public final class LoadGenerator {

    static final List<String> PHASES =
            List.of("SignUp", "AdminConfirmSignUp", "InitiateAuth", "USER_SRP_AUTH", "GetUser", "Mix", "Mix@4");

    private final String host;
    private final int port;
    private final String serverName;
    private final int concurrency;
    private final double warmupSeconds;
    private final double durationSeconds;
    private final int users;
    private final ProcessStats server;
    private final ProcessStats database;
    private final Path out;
    private final String existingPoolId;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong names = new AtomicLong();
    private final ConcurrentLinkedQueue<String> unconfirmed = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> unconfirmedInMix = new ConcurrentLinkedQueue<>();
    private String poolId;
    private String clientId;
    private List<String> seeded;
    private List<String> tokens;

    private LoadGenerator(Map<String, String> args) {
        String endpoint = args.getOrDefault("endpoint", "http://127.0.0.1:9229").replaceFirst("^http://", "");
        this.host = endpoint.substring(0, endpoint.lastIndexOf(':'));
        this.port = Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1).replace("/", ""));
        this.serverName = args.getOrDefault("server-name", endpoint);
        this.concurrency = Integer.parseInt(args.getOrDefault("concurrency", "16"));
        this.warmupSeconds = Double.parseDouble(args.getOrDefault("warmup", "2"));
        this.durationSeconds = Double.parseDouble(args.getOrDefault("duration", "10"));
        this.users = Integer.parseInt(args.getOrDefault("users", "200"));
        double ticks = Double.parseDouble(args.getOrDefault("clk-tck", "100"));
        this.server = new ProcessStats(Long.parseLong(args.get("server-pid")), false, ticks);
        this.database = args.containsKey("db-pid")
                ? new ProcessStats(Long.parseLong(args.get("db-pid")), true, ticks) : null;
        this.out = Path.of(args.getOrDefault("out", "results.jsonl"));
        this.existingPoolId = args.get("user-pool-id");
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        LoadGenerator generator = new LoadGenerator(args);
        List<String> phases = args.containsKey("phases") ? List.of(args.get("phases").split(",")) : PHASES;
        generator.setUp();
        for (String phase : phases) {
            generator.run(phase);
        }
    }

    private String nextName(String prefix) {
        return prefix + "-" + runId + "-" + names.incrementAndGet();
    }

    private void setUp() throws Exception {
        try (Cognito cognito = new Cognito(host, port)) {
            poolId = existingPoolId != null ? existingPoolId
                    : onceReady(() -> cognito.createUserPool("bench-" + runId));
            clientId = onceReady(() -> cognito.createClient(poolId));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            names.add(nextName("seed"));
        }
        seeded = List.copyOf(names);
        String[] accessTokens = new String[users];
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        parallel(cognito -> {
            for (int i = next.getAndIncrement(); i < users; i = next.getAndIncrement()) {
                cognito.signUp(clientId, seeded.get(i));
                cognito.adminConfirmSignUp(poolId, seeded.get(i));
                accessTokens[i] = cognito.passwordSignIn(clientId, seeded.get(i));
            }
        });
        tokens = List.of(accessTokens);
        System.out.printf("%s: pool %s, %d users seeded and signed in in %.1f s%n", serverName, poolId, users,
                (System.nanoTime() - started) / 1e9);
    }

    private interface Call {
        String run() throws Exception;
    }

    /** The call's answer, repeated while the server answers that it is still starting. */
    private static String onceReady(Call call) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            try {
                return call.run();
            } catch (Cognito.Refused refused) {
                if (!refused.type.equals("ServiceUnavailableException") || System.nanoTime() > deadline) {
                    throw refused;
                }
                Thread.sleep(200);
            }
        }
    }

    private interface Work {
        void run(Cognito cognito) throws Exception;
    }

    private void parallel(Work work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                done.add(threads.submit(() -> {
                    try (Cognito cognito = new Cognito(host, port)) {
                        work.run(cognito);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** What one worker does per operation; returns the operation's name (the mix reports each). */
    private interface Operation {
        String run(Cognito cognito, Worker worker) throws Exception;
    }

    private static final class Worker {
        final SrpTestClient srp;
        final Histogram all = new Histogram(60_000_000L, 3);
        final Map<String, Histogram> byOperation = new TreeMap<>();
        final Map<String, Integer> errors = new TreeMap<>();
        String firstError;

        Worker(String poolId) {
            this.srp = new SrpTestClient(poolId, new BigInteger(256, new SecureRandom()));
        }
    }

    private Operation operation(String phase) {
        return switch (phase) {
            case "SignUp" -> (c, w) -> {
                String name = nextName("su");
                c.signUp(clientId, name);
                unconfirmed.add(name);
                return "SignUp";
            };
            case "AdminConfirmSignUp" -> (c, w) -> {
                String name = unconfirmed.poll();
                if (name == null) {
                    return null;
                }
                c.adminConfirmSignUp(poolId, name);
                return "AdminConfirmSignUp";
            };
            case "InitiateAuth" -> (c, w) -> {
                c.passwordSignIn(clientId, seeded.get(ThreadLocalRandom.current().nextInt(users)));
                return "InitiateAuth";
            };
            case "USER_SRP_AUTH" -> (c, w) -> {
                srpSignIn(c, w.srp, seeded.get(ThreadLocalRandom.current().nextInt(users)));
                return "USER_SRP_AUTH";
            };
            case "GetUser" -> (c, w) -> {
                c.getUser(tokens.get(ThreadLocalRandom.current().nextInt(users)));
                return "GetUser";
            };
            case "Mix" -> (c, w) -> {
                int dice = ThreadLocalRandom.current().nextInt(100);
                if (dice < 50) {
                    c.getUser(tokens.get(ThreadLocalRandom.current().nextInt(users)));
                    return "GetUser";
                }
                if (dice < 80) {
                    c.passwordSignIn(clientId, seeded.get(ThreadLocalRandom.current().nextInt(users)));
                    return "InitiateAuth";
                }
                String waiting = dice < 90 ? null : unconfirmedInMix.poll();
                if (waiting != null) {
                    c.adminConfirmSignUp(poolId, waiting);
                    return "AdminConfirmSignUp";
                }
                String name = nextName("mix");
                c.signUp(clientId, name);
                unconfirmedInMix.add(name);
                return "SignUp";
            };
            default -> throw new IllegalArgumentException("no phase " + phase + "; phases: " + PHASES);
        };
    }

    private void srpSignIn(Cognito cognito, SrpTestClient srp, String username) throws Exception {
        JsonNode challenge = cognito.initiateAuth(clientId, "USER_SRP_AUTH",
                Map.of("USERNAME", username, "SRP_A", srp.srpA()));
        Map<String, String> parameters = new HashMap<>();
        challenge.path("ChallengeParameters").fields()
                .forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText()));
        JsonNode done = cognito.respondToAuthChallenge(clientId, challenge.path("ChallengeName").asText(),
                challenge.path("Session").asText(), srp.respond(parameters, Cognito.PASSWORD, Instant.now()));
        if (!done.path("AuthenticationResult").has("AccessToken")) {
            throw new IllegalStateException("USER_SRP_AUTH ended without tokens: " + done);
        }
    }

    private void run(String phase) throws Exception {
        String[] withClients = phase.split("@");
        String kind = withClients[0];
        int clients = withClients.length > 1 ? Integer.parseInt(withClients[1]) : concurrency;
        if (kind.equals("USER_SRP_AUTH")) {
            String unsupported = probeSrp();
            if (unsupported != null) {
                write(phase, clients, Map.of("unsupported", unsupported));
                System.out.printf("%-22s %-18s unsupported: %s%n", serverName, phase, unsupported);
                return;
            }
        }
        Operation operation = operation(kind);
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            workers.add(new Worker(poolId));
        }
        Phase control = new Phase();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (Worker worker : workers) {
            running.add(threads.submit(() -> work(operation, worker, control)));
        }
        if (!kind.equals("AdminConfirmSignUp")) {
            Thread.sleep((long) (warmupSeconds * 1000));
        }
        double serverCpu0 = server.cpuSeconds();
        double dbCpu0 = database == null ? 0 : database.cpuSeconds();
        long ownCpu0 = ownCpuNanos();
        control.startNanos = System.nanoTime();
        control.recording = true;
        long deadline = control.startNanos + (long) (durationSeconds * 1e9);
        while (System.nanoTime() < deadline && !control.exhausted) {
            Thread.sleep(20);
        }
        control.endNanos = System.nanoTime();
        control.stopped = true;
        double serverCpu = server.cpuSeconds() - serverCpu0;
        double dbCpu = database == null ? 0 : database.cpuSeconds() - dbCpu0;
        double ownCpu = (ownCpuNanos() - ownCpu0) / 1e9;
        double rss = server.rssMiB();
        for (Future<?> f : running) {
            f.get();
        }
        threads.shutdownNow();

        double seconds = (control.endNanos - control.startNanos) / 1e9;
        Histogram all = new Histogram(60_000_000L, 3);
        Map<String, Histogram> byOperation = new TreeMap<>();
        Map<String, Integer> errors = new TreeMap<>();
        String firstError = null;
        for (Worker w : workers) {
            all.add(w.all);
            w.byOperation.forEach((op, h) -> byOperation.computeIfAbsent(op, k -> new Histogram(60_000_000L, 3))
                    .add(h));
            w.errors.forEach((type, n) -> errors.merge(type, n, Integer::sum));
            firstError = firstError == null ? w.firstError : firstError;
        }
        int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ops", all.getTotalCount());
        result.put("seconds", seconds);
        result.put("opsPerSec", all.getTotalCount() / seconds);
        result.put("p50Ms", all.getValueAtPercentile(50) / 1000.0);
        result.put("p99Ms", all.getValueAtPercentile(99) / 1000.0);
        result.put("maxMs", all.getMaxValue() / 1000.0);
        result.put("errors", errorCount);
        result.put("errorTypes", errors);
        result.put("serverCpuCores", serverCpu / seconds);
        result.put("serverRssMiB", rss);
        result.put("loadGeneratorCpuCores", ownCpu / seconds);
        if (database != null) {
            result.put("dbCpuCores", dbCpu / seconds);
        }
        if (byOperation.size() > 1) {
            Map<String, Object> split = new TreeMap<>();
            byOperation.forEach((op, h) -> split.put(op, Map.of("ops", h.getTotalCount(),
                    "p50Ms", h.getValueAtPercentile(50) / 1000.0, "p99Ms", h.getValueAtPercentile(99) / 1000.0)));
            result.put("byOperation", split);
        }
        write(phase, clients, result);
        System.out.printf("%-22s %-18s %9.1f ops/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  errors %d  "
                        + "server CPU %.2f  RSS %.0f MiB%s%s%n", serverName, phase, all.getTotalCount() / seconds,
                all.getValueAtPercentile(50) / 1000.0, all.getValueAtPercentile(99) / 1000.0,
                all.getMaxValue() / 1000.0, errorCount, serverCpu / seconds, rss,
                database == null ? "" : String.format("  db CPU %.2f", dbCpu / seconds),
                firstError == null ? "" : "  first error: " + firstError);
    }

    private String probeSrp() throws IOException {
        try (Cognito cognito = new Cognito(host, port)) {
            srpSignIn(cognito, new SrpTestClient(poolId), seeded.get(0));
            return null;
        } catch (Cognito.Refused refused) {
            return refused.getMessage();
        } catch (Exception other) {
            return other.toString();
        }
    }

    private static final class Phase {
        volatile boolean recording;
        volatile boolean stopped;
        volatile boolean exhausted;
        volatile long startNanos;
        volatile long endNanos;
    }

    private Void work(Operation operation, Worker worker, Phase phase) {
        try (Cognito cognito = new Cognito(host, port)) {
            while (!phase.stopped) {
                boolean measured = phase.recording;
                long started = System.nanoTime();
                String name;
                try {
                    name = operation.run(cognito, worker);
                    if (name == null) {
                        phase.exhausted = true;
                        return null;
                    }
                } catch (Cognito.Refused refused) {
                    if (measured && !phase.stopped) {
                        worker.errors.merge(refused.type, 1, Integer::sum);
                        worker.firstError = worker.firstError == null ? refused.getMessage() : worker.firstError;
                    }
                    continue;
                } catch (Exception failed) {
                    if (measured && !phase.stopped) {
                        worker.errors.merge(failed.getClass().getSimpleName(), 1, Integer::sum);
                        worker.firstError = worker.firstError == null ? failed.toString() : worker.firstError;
                    }
                    cognito.close();
                    continue;
                }
                long micros = (System.nanoTime() - started) / 1000;
                if (measured && !phase.stopped) {
                    worker.all.recordValue(Math.min(micros, 60_000_000L));
                    worker.byOperation.computeIfAbsent(name, k -> new Histogram(60_000_000L, 3))
                            .recordValue(Math.min(micros, 60_000_000L));
                }
            }
        }
        return null;
    }

    private static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void write(String phase, int clients, Map<String, Object> result) throws IOException {
        ObjectNode line = Cognito.JSON.createObjectNode();
        line.put("server", serverName).put("phase", phase).put("concurrency", clients)
                .put("users", users).put("time", Instant.now().toString());
        line.setAll((ObjectNode) Cognito.JSON.valueToTree(result));
        Files.writeString(out, Cognito.JSON.writeValueAsString(line) + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
