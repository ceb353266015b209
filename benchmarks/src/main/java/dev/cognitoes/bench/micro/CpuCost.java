package dev.cognitoes.bench.micro;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The CPU time (of the calling thread, not wall time) of the SRP and token paths, as the median of batches: a
 * figure other processes on the machine hardly disturb, unlike JMH's wall-clock averages. Everything here runs in
 * the calling thread: the in-memory runtime's command bus and projections are synchronous.
 *
 * <p>Before measuring, every path runs {@code warm-up} times on a runtime of its own, which is then closed: the
 * measured paths run compiled code, while the measured user has signed in only during the measurement (the user's
 * history matters: see {@code benchmarks/run.sh}, which also measures after thousands of sign-ins).
 *
 * <p>Prints each path, then the server's share of a {@code USER_SRP_AUTH} sign-in ({@code InitiateAuth} plus
 * {@code RespondToAuthChallenge}, each measured on its own; the client's work and the challenges answered are made
 * outside the measured time) against the modular-exponentiation floor ({@code g^b}, {@code v^u},
 * {@code (A·v^u)^b}), with the tokens and without them: issuing the ID and access tokens costs two RSA signatures,
 * modular exponentiations too, which every sign-in flow pays.
 *
 * <pre>java -cp cognito-es-benchmarks.jar dev.cognitoes.bench.micro.CpuCost [batches] [batch size] [warm-up]</pre>
 */
public final class CpuCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final String FLOOR = "modExpFloor (g^b, v^u, (A*v^u)^b)";
    private static final String ISSUE_TOKENS = "issueTokens";
    private static final String INITIATE = "srpInitiate (server, InitiateAuth)";
    private static final String RESPOND = "srpRespond (server, RespondToAuthChallenge)";
    private static final String CLIENT = "srpClientRespond (client share)";
    private static final String SIGN_IN = "srpSignIn (both round trips, with client)";

    private CpuCost() {
    }

    public static void main(String[] args) {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        if (warmUp > 0) {
            measure(1, warmUp, 1);
        }
        print(measure(batches, batchSize, 2));
    }

    /** Runs every path on a runtime of its own, {@code rounds} times, and keeps the last round's medians. */
    private static Map<String, Double> measure(int batches, int batchSize, int rounds) {
        SrpBenchmark srp = new SrpBenchmark();
        srp.setUp();
        TokenBenchmark tokens = new TokenBenchmark();
        tokens.setUp();
        Map<String, Path<?>> paths = new LinkedHashMap<>();
        paths.put(FLOOR, Path.of(srp::modExpFloor));
        paths.put("modExpGb (one 256-bit exponent)", Path.of(srp::modExpGb));
        paths.put("verifierCreation", Path.of(srp::verifierCreation));
        paths.put("passwordCheck", Path.of(srp::passwordCheck));
        paths.put(ISSUE_TOKENS, Path.of(tokens::issueTokens));
        paths.put("verifyAccessToken", Path.of(tokens::verifyAccessToken));
        paths.put("userPasswordAuthSignIn (in process)", Path.of(srp::userPasswordAuthSignIn));
        paths.put(INITIATE, Path.of(srp::srpInitiate));
        paths.put(RESPOND, new Path<>(() -> {
            SrpBenchmark.Answer answer = new SrpBenchmark.Answer();
            answer.answer(srp);
            return answer;
        }, srp::srpRespond));
        paths.put(CLIENT, Path.of(srp::srpClientRespond));
        paths.put(SIGN_IN, Path.of(srp::srpSignIn));
        Map<String, Double> micros = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            paths.forEach((name, path) -> micros.put(name, medianMicros(path, batches, batchSize)));
        }
        srp.tearDown();
        tokens.tearDown();
        return micros;
    }

    private static void print(Map<String, Double> micros) {
        micros.forEach((name, us) -> System.out.printf(Locale.ROOT, "%-45s %9.1f us CPU/op%n", name, us));
        double floor = micros.get(FLOOR);
        double server = micros.get(INITIATE) + micros.get(RESPOND);
        double withoutTokens = server - micros.get(ISSUE_TOKENS);
        System.out.printf(Locale.ROOT, "USER_SRP_AUTH, server share (InitiateAuth + RespondToAuthChallenge): %.1f us"
                + " = %.2f x the modexp floor; without issuing the tokens: %.1f us = %.2f x%n", server,
                server / floor, withoutTokens, withoutTokens / floor);
        double bySubtraction = micros.get(SIGN_IN) - micros.get(CLIENT);
        System.out.printf(Locale.ROOT, "  cross-check, whole sign-in less the client's share: %.1f us = %.2f x%n",
                bySubtraction, bySubtraction / floor);
    }

    private static <T> double medianMicros(Path<T> path, int batches, int batchSize) {
        double[] perOp = new double[batches];
        Object sink = null;
        for (int b = 0; b < batches; b++) {
            List<T> prepared = new ArrayList<>(batchSize);
            for (int i = 0; i < batchSize; i++) {
                prepared.add(path.prepare().get());
            }
            long start = THREADS.getCurrentThreadCpuTime();
            for (T input : prepared) {
                sink = path.run().apply(input);
            }
            perOp[b] = (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / batchSize;
        }
        if (sink == null) {
            throw new IllegalStateException("a path returned nothing");
        }
        Arrays.sort(perOp);
        return perOp[batches / 2];
    }

    /** What one measured operation needs, made before the clock starts, and the operation itself. */
    private record Path<T>(Supplier<T> prepare, Function<T, Object> run) {

        static Path<Void> of(Supplier<Object> operation) {
            return new Path<>(() -> null, ignored -> operation.get());
        }
    }
}
