package dev.cognitoes.http;

import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.persistence.jdbc.JdbcStorageModule;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;

/**
 * {@code java -jar cognito-es-server.jar rebuild-read-models [storage options]}: the audit path. Replays the whole
 * event log through the projections into emptied read-model tables, in one database transaction (see
 * {@link CognitoRuntime#rebuildReadModels()}), purges the snapshots, and prints every table's rows before and
 * after. Exits 0 when the rebuild is committed, 1 when it failed (and nothing changed), 2 on a bad command line.
 */
final class RebuildReadModels {

    static final String COMMAND = "rebuild-read-models";

    private RebuildReadModels() {
    }

    static int run(Map<String, String> environment, String[] args, PrintStream out, PrintStream err) {
        StorageChoice.Database database;
        try {
            StorageChoice.Options options = new StorageChoice.Options();
            Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
            while (!rest.isEmpty()) {
                String arg = rest.removeFirst();
                if (arg.equals("--help") || arg.equals("-h")) {
                    out.println(CognitoServerMain.USAGE);
                    return 0;
                }
                int equals = arg.indexOf('=');
                String inlineValue = arg.startsWith("--") && equals > 0 ? arg.substring(equals + 1) : null;
                String option = inlineValue == null ? arg : arg.substring(0, equals);
                if (!options.accept(option, inlineValue, rest)) {
                    throw new IllegalArgumentException("unknown option '" + option + "' for " + COMMAND);
                }
            }
            if (!(options.choose(environment) instanceof StorageChoice.Database chosen)) {
                throw new IllegalArgumentException(COMMAND + " rebuilds a database's read models; in-memory "
                        + "storage has none to rebuild");
            }
            database = chosen;
        } catch (IllegalArgumentException badArguments) {
            err.println("cognito-es: " + badArguments.getMessage());
            err.println(CognitoServerMain.USAGE);
            return CognitoServerMain.EXIT_USAGE;
        }
        try {
            rebuild(database, out);
            return 0;
        } catch (RuntimeException failed) {
            err.println("cognito-es: " + COMMAND + " on " + database.description() + " failed, nothing was "
                    + "changed: " + CognitoServerMain.rootMessage(failed));
            return 1;
        }
    }

    private static void rebuild(StorageChoice.Database database, PrintStream out) {
        JdbcStorageModule storage = database.open();
        CognitoRuntime started;
        try {
            started = CognitoRuntime.builder().storage(storage).build();
        } catch (RuntimeException failed) {
            storage.close();
            throw failed;
        }
        try (CognitoRuntime runtime = started) {
            Map<String, Long> before = storage.rowCounts();
            long begin = System.nanoTime();
            long replayed = runtime.rebuildReadModels();
            Duration took = Duration.ofNanos(System.nanoTime() - begin);
            Map<String, Long> after = storage.rowCounts();
            out.printf("Rebuilt the read models of %s from %d events in %d.%03d s.%n", database.description(),
                    replayed, took.toSeconds(), took.toMillisPart());
            out.printf("%-22s %12s %12s%n", "table", "rows before", "rows after");
            after.forEach((table, rows) -> out.printf("%-22s %12d %12d%n", table, before.get(table), rows));
        }
    }
}
