package dev.cognitoes.bench.micro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JMH's JSON results and prints the server's share of a {@code USER_SRP_AUTH} sign-in
 * ({@link SrpBenchmark#srpInitiate} plus {@link SrpBenchmark#srpRespond}) as a multiple of the modular
 * exponentiation floor ({@link SrpBenchmark#modExpFloor}), with the tokens and without them
 * ({@link TokenBenchmark#issueTokens} taken off). Wall-clock averages: on a busy machine {@link CpuCost} is the
 * steadier figure.
 *
 * <pre>java -cp cognito-es-benchmarks.jar dev.cognitoes.bench.micro.SrpRatio jmh.json</pre>
 */
public final class SrpRatio {

    private static final String FLOOR = "SrpBenchmark.modExpFloor";
    private static final String INITIATE = "SrpBenchmark.srpInitiate";
    private static final String RESPOND = "SrpBenchmark.srpRespond";
    private static final String ISSUE_TOKENS = "TokenBenchmark.issueTokens";

    private SrpRatio() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Double> microseconds = new HashMap<>();
        for (JsonNode result : new ObjectMapper().readTree(Path.of(args[0]).toFile())) {
            String benchmark = result.path("benchmark").asText();
            String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            JsonNode metric = result.path("primaryMetric");
            if (metric.path("scoreUnit").asText().equals("us/op")) {
                microseconds.put(name, metric.path("score").asDouble());
            }
        }
        List<String> missing = List.of(FLOOR, INITIATE, RESPOND).stream()
                .filter(name -> !microseconds.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            System.out.println("USER_SRP_AUTH ratio: not in these results: " + String.join(", ", missing));
            return;
        }
        double floor = microseconds.get(FLOOR);
        double server = microseconds.get(INITIATE) + microseconds.get(RESPOND);
        System.out.printf(Locale.ROOT, "USER_SRP_AUTH, server share (JMH, wall clock): %.1f + %.1f = %.1f us = %.2f x "
                + "the modexp floor (%.1f us)", microseconds.get(INITIATE), microseconds.get(RESPOND), server,
                server / floor, floor);
        if (microseconds.containsKey(ISSUE_TOKENS)) {
            double withoutTokens = server - microseconds.get(ISSUE_TOKENS);
            System.out.printf(Locale.ROOT, "; without issuing the tokens: %.1f us = %.2f x", withoutTokens,
                    withoutTokens / floor);
        }
        System.out.println();
    }
}
