package dev.cognitoes.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the load generator's JSON lines into one markdown table: per phase, each server's throughput, latency,
 * errors, CPU and RSS, and its throughput as a multiple of the reference server's ({@code cognito-local}).
 *
 * <pre>java -cp cognito-es-benchmarks.jar dev.cognitoes.bench.load.Report results.jsonl [reference-server]</pre>
 */
public final class Report {

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        String reference = args.length > 1 ? args[1] : "cognito-local";
        Map<String, Map<String, JsonNode>> byPhase = new LinkedHashMap<>();
        for (String phase : LoadGenerator.PHASES) {
            byPhase.put(phase, new LinkedHashMap<>());
        }
        List<String> servers = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode result = Cognito.JSON.readTree(line);
            String server = result.path("server").asText();
            if (!servers.contains(server)) {
                servers.add(server);
            }
            byPhase.computeIfAbsent(result.path("phase").asText(), k -> new LinkedHashMap<>()).put(server, result);
        }
        StringBuilder table = new StringBuilder();
        table.append("| Phase | Server | ops/s | vs ").append(reference)
                .append(" | measured s | p50 ms | p99 ms | max ms | errors | server CPU (cores) | DB CPU (cores) | "
                        + "load generator CPU (cores) | server RSS MiB |\n");
        table.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        byPhase.forEach((phase, results) -> {
            JsonNode ref = results.get(reference);
            for (String server : servers) {
                JsonNode r = results.get(server);
                if (r == null) {
                    continue;
                }
                if (r.has("unsupported")) {
                    table.append(String.format("| %s | %s | not supported | | | | | | | | | | |%n", phase, server));
                    continue;
                }
                String ratio;
                if (server.equals(reference)) {
                    ratio = "1";
                } else if (ref == null || !ref.has("opsPerSec") || ref.path("opsPerSec").asDouble() == 0) {
                    ratio = "n/a";
                } else {
                    ratio = String.format(Locale.ROOT, "%.1fx",
                            r.path("opsPerSec").asDouble() / ref.path("opsPerSec").asDouble());
                }
                table.append(String.format(Locale.ROOT,
                        "| %s | %s | %.0f | %s | %.1f | %.2f | %.2f | %.1f | %d | %.2f | %s | %.2f | %.0f |%n",
                        phase, server, r.path("opsPerSec").asDouble(), ratio, r.path("seconds").asDouble(), r.path("p50Ms").asDouble(),
                        r.path("p99Ms").asDouble(), r.path("maxMs").asDouble(), r.path("errors").asInt(),
                        r.path("serverCpuCores").asDouble(),
                        r.has("dbCpuCores") ? String.format(Locale.ROOT, "%.2f", r.path("dbCpuCores").asDouble())
                                : "",
                        r.path("loadGeneratorCpuCores").asDouble(), r.path("serverRssMiB").asDouble()));
            }
        });
        System.out.print(table);
    }
}
