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
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the load generator's JSON lines into markdown tables: per phase, each server's throughput, latency,
 * errors, CPU and RSS, and its throughput as a multiple of the reference server's ({@code cognito-local}); then,
 * when the run holds the growth check (servers named {@code <server>+<n>-users}), one growth table per server:
 * per phase, throughput, CPU time per operation (server and database) and RSS at each pool size and the ratio of
 * the largest size's to the smallest's, with
 * the seeding time ({@link SeedPool}) and the server's heap after a full collection at the end.
 *
 * <pre>java -cp cognito-es-benchmarks.jar dev.cognitoes.bench.load.Report results.jsonl [reference-server]</pre>
 */
public final class Report {

    private static final Pattern GROWTH_SERVER = Pattern.compile("(.+)\\+(\\d+)-users");
    private static final String SEED = "Seed";
    private static final String LIVE_HEAP = "LiveHeap";
    private static final String CPU_PER_OP = "cpuMsPerOp";

    private Report() {
    }

    public static void main(String[] args) throws IOException {
        String reference = args.length > 1 ? args[1] : "cognito-local";
        Map<String, Map<String, JsonNode>> byPhase = new LinkedHashMap<>();
        for (String phase : LoadGenerator.PHASES) {
            byPhase.put(phase, new LinkedHashMap<>());
        }
        List<String> servers = new ArrayList<>();
        Map<String, TreeMap<Long, Map<String, JsonNode>>> growth = new LinkedHashMap<>();
        Map<String, Double> liveHeap = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode result = Cognito.JSON.readTree(line);
            String server = result.path("server").asText();
            String phase = result.path("phase").asText();
            Matcher sized = GROWTH_SERVER.matcher(server);
            if (sized.matches()) {
                growth.computeIfAbsent(sized.group(1), k -> new TreeMap<>())
                        .computeIfAbsent(Long.parseLong(sized.group(2)), k -> new LinkedHashMap<>())
                        .put(phase, result);
                continue;
            }
            if (phase.equals(LIVE_HEAP)) {
                liveHeap.put(server, result.path("liveHeapMiB").asDouble());
                continue;
            }
            if (phase.equals(SEED)) {
                continue;
            }
            if (!servers.contains(server)) {
                servers.add(server);
            }
            byPhase.computeIfAbsent(phase, k -> new LinkedHashMap<>()).put(server, result);
        }
        if (!servers.isEmpty()) {
            System.out.print(comparison(byPhase, servers, reference));
        }
        if (!liveHeap.isEmpty()) {
            List<String> heaps = new ArrayList<>();
            liveHeap.forEach((server, mib) -> heaps.add(String.format(Locale.ROOT, "%s %.0f MiB", server, mib)));
            System.out.printf("%nServer heap after a full GC at the end of the phases: %s%n", String.join(", ", heaps));
        }
        growth.forEach((server, bySize) -> System.out.print(growth(server, bySize)));
    }

    private static String comparison(Map<String, Map<String, JsonNode>> byPhase, List<String> servers,
                                     String reference) {
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
        return table.toString();
    }

    /**
     * Per phase, throughput, CPU per operation and RSS at each pool size, and the ratio of the largest size's to the
     * smallest's.
     */
    private static String growth(String server, TreeMap<Long, Map<String, JsonNode>> bySize) {
        List<Long> sizes = List.copyOf(bySize.keySet());
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%nGrowth of %s with the users already in the pool%n%n", server));
        table.append("| Phase |");
        for (long size : sizes) {
            table.append(String.format(Locale.ROOT, " ops/s, %,d users |", size));
        }
        String ratio = String.format(Locale.ROOT, "%,d / %,d users", sizes.get(sizes.size() - 1), sizes.get(0));
        table.append(" ops/s, ").append(ratio).append(" |");
        for (long size : sizes) {
            table.append(String.format(Locale.ROOT, " CPU ms/op, %,d users |", size));
        }
        table.append(" CPU ms/op, ").append(ratio).append(" |");
        for (long size : sizes) {
            table.append(String.format(Locale.ROOT, " RSS MiB, %,d users |", size));
        }
        table.append(" RSS, ").append(ratio).append(" |\n|---|");
        table.append("---:|".repeat(3 * sizes.size() + 3)).append('\n');
        for (String phase : LoadGenerator.PHASES) {
            if (sizes.stream().noneMatch(size -> bySize.get(size).containsKey(phase))) {
                continue;
            }
            table.append("| ").append(phase).append(" |");
            appendRow(table, bySize, sizes, phase, "opsPerSec", "%.0f");
            appendRow(table, bySize, sizes, phase, CPU_PER_OP, "%.2f");
            appendRow(table, bySize, sizes, phase, "serverRssMiB", "%.0f");
            table.append('\n');
        }
        table.append("| live heap after a full GC, MiB |");
        appendRow(table, bySize, sizes, LIVE_HEAP, "liveHeapMiB", "%.0f");
        table.append(" |".repeat(2 * sizes.size() + 2)).append('\n');
        table.append("| seeding the pool in process, s (then VACUUM ANALYZE and CHECKPOINT, s) |");
        for (long size : sizes) {
            JsonNode seed = bySize.get(size).get(SEED);
            table.append(seed == null ? " |" : String.format(Locale.ROOT, " %.0f (%.0f) |",
                    seed.path("seconds").asDouble(), seed.path("vacuumSeconds").asDouble()));
        }
        table.append(" |".repeat(2 * sizes.size() + 3)).append('\n');
        table.append("| seeding runtime's heap after a full GC, MiB: before the users, after them |");
        for (long size : sizes) {
            JsonNode seed = bySize.get(size).get(SEED);
            table.append(seed == null || !seed.has("heapAfterMiB") ? " |" : String.format(Locale.ROOT,
                    " %.1f, %.1f |", seed.path("heapBeforeMiB").asDouble(), seed.path("heapAfterMiB").asDouble()));
        }
        table.append(" |".repeat(2 * sizes.size() + 3)).append('\n');
        table.append("| seeding, users/s (first tenth / last tenth) |");
        for (long size : sizes) {
            JsonNode seed = bySize.get(size).get(SEED);
            table.append(seed == null ? " |" : String.format(Locale.ROOT, " %.0f (%.0f / %.0f) |",
                    seed.path("usersPerSec").asDouble(), seed.path("firstTenthUsersPerSec").asDouble(),
                    seed.path("lastTenthUsersPerSec").asDouble()));
        }
        table.append(" |".repeat(2 * sizes.size() + 3)).append('\n');
        return table.toString();
    }

    /** One cell per size, then the largest size's value over the smallest's. */
    private static void appendRow(StringBuilder table, TreeMap<Long, Map<String, JsonNode>> bySize,
                                  List<Long> sizes, String phase, String field, String format) {
        for (long size : sizes) {
            Double value = value(bySize.get(size).get(phase), field);
            table.append(value == null ? " |" : " " + String.format(Locale.ROOT, format, value) + " |");
        }
        Double smallest = value(bySize.get(sizes.get(0)).get(phase), field);
        Double largest = value(bySize.get(sizes.get(sizes.size() - 1)).get(phase), field);
        boolean comparable = sizes.size() > 1 && smallest != null && largest != null && smallest != 0;
        table.append(comparable ? String.format(Locale.ROOT, " %.2f |", largest / smallest) : " |");
    }

    /**
     * A result's field; {@link #CPU_PER_OP} is the server's and the database's CPU time per operation, in ms,
     * which other processes on the machine disturb less than throughput.
     */
    private static Double value(JsonNode result, String field) {
        if (result == null) {
            return null;
        }
        if (field.equals(CPU_PER_OP)) {
            double ops = result.path("opsPerSec").asDouble();
            return ops == 0 ? null
                    : (result.path("serverCpuCores").asDouble() + result.path("dbCpuCores").asDouble()) * 1000 / ops;
        }
        return result.has(field) ? result.path(field).asDouble() : null;
    }
}
