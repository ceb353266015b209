package dev.cognitoes.bench.micro;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The CPU time (of the calling thread, not wall time) of the SRP and token paths, as the median of batches: a
 * figure other processes on the machine hardly disturb, unlike JMH's wall-clock averages. Everything here runs in
 * the calling thread: the in-memory runtime's command bus and projections are synchronous. Prints each path and
 * the ratio of an SRP sign-in's server share to the modular-exponentiation floor.
 *
 * <pre>java -cp cognito-es-benchmarks.jar dev.cognitoes.bench.micro.CpuCost [batches] [batch size]</pre>
 */
public final class CpuCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuCost() {
    }

    public static void main(String[] args) {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        SrpBenchmark srp = new SrpBenchmark();
        srp.setUp();
        TokenBenchmark tokens = new TokenBenchmark();
        tokens.setUp();
        Map<String, Supplier<Object>> paths = new LinkedHashMap<>();
        paths.put("modExpFloor (g^b, v^u, (A*v^u)^b)", srp::modExpFloor);
        paths.put("modExpGb (one 256-bit exponent)", srp::modExpGb);
        paths.put("verifierCreation", srp::verifierCreation);
        paths.put("passwordCheck", srp::passwordCheck);
        paths.put("issueTokens", tokens::issueTokens);
        paths.put("verifyAccessToken", tokens::verifyAccessToken);
        paths.put("userPasswordAuthSignIn (in process)", srp::userPasswordAuthSignIn);
        paths.put("srpClientRespond (client share)", srp::srpClientRespond);
        paths.put("srpSignIn (both round trips, with client)", srp::srpSignIn);
        Map<String, Double> micros = new LinkedHashMap<>();
        for (int round = 0; round < 2; round++) {
            paths.forEach((name, path) -> micros.put(name, medianMicros(path, batches, batchSize)));
        }
        micros.forEach((name, us) -> System.out.printf(Locale.ROOT, "%-45s %9.1f us CPU/op%n", name, us));
        double floor = micros.get("modExpFloor (g^b, v^u, (A*v^u)^b)");
        double server = micros.get("srpSignIn (both round trips, with client)")
                - micros.get("srpClientRespond (client share)");
        double tokenShare = micros.get("issueTokens");
        System.out.printf(Locale.ROOT, "SRP sign-in, server share: %.1f us = %.2f x the modexp floor; "
                + "without issuing the tokens: %.1f us = %.2f x%n", server, server / floor, server - tokenShare,
                (server - tokenShare) / floor);
        srp.tearDown();
        tokens.tearDown();
    }

    private static double medianMicros(Supplier<Object> path, int batches, int batchSize) {
        double[] perOp = new double[batches];
        Object sink = null;
        for (int b = 0; b < batches; b++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < batchSize; i++) {
                sink = path.get();
            }
            perOp[b] = (THREADS.getCurrentThreadCpuTime() - start) / 1000.0 / batchSize;
        }
        if (sink == null) {
            throw new IllegalStateException("a path returned nothing");
        }
        Arrays.sort(perOp);
        return perOp[batches / 2];
    }
}
