package dev.cognitoes.persistence.kafka;

import dev.cognitoes.persistence.kafka.projection.EventLogProjection;
import dev.cognitoes.persistence.kafka.projection.FunnelDay;
import dev.cognitoes.persistence.kafka.projection.HistoryEntry;
import dev.cognitoes.persistence.kafka.projection.KafkaProjectionRunner;
import dev.cognitoes.persistence.kafka.projection.ReadModelComparison;
import dev.cognitoes.persistence.kafka.projection.ServerUsers;
import dev.cognitoes.persistence.kafka.projection.SignUpFunnel;
import dev.cognitoes.persistence.kafka.projection.SignUpHistory;
import dev.cognitoes.persistence.kafka.projection.UserHistory;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code replay}: rebuilds the sign-up history and funnel of a pool from the events topic alone and prints them;
 * with {@code --verify}, compares the rebuilt users with the server's own read model instead.
 */
public final class ReplayCommand {

    /** The environment variable that supplies the bootstrap servers when the option is absent. */
    public static final String BOOTSTRAP_ENV = "COGNITO_ES_KAFKA_BOOTSTRAP_SERVERS";
    /** The environment variable that supplies the topic prefix when the option is absent. */
    public static final String TOPIC_PREFIX_ENV = "COGNITO_ES_KAFKA_TOPIC_PREFIX";

    static final int EXIT_DIFFERENT = 1;
    static final int EXIT_USAGE = 2;

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar cognito-es-server.jar replay --user-pool <id> [options]",
            "",
            "Prints a user's sign-up history, or every user's and the pool's daily funnel, rebuilt from Kafka alone.",
            "",
            "Options:",
            "  --kafka-bootstrap-servers <host:port,...>  the brokers (default $" + BOOTSTRAP_ENV + ")",
            "  --kafka-topic-prefix <prefix>              topics <prefix>.events and <prefix>.positions (default $"
                    + TOPIC_PREFIX_ENV + " or " + EventTopics.DEFAULT_PREFIX + ")",
            "  --user-pool <id>                           the pool (required)",
            "  --user <username or sub>                   only this user's history",
            "  --as-of <instant>                          the history as it stood then, e.g. 2025-01-31T12:00:00Z",
            "  --verify                                   compare the users rebuilt from Kafka with the server's",
            "                                             read model (ListUsers) and list every difference",
            "  --endpoint <url>                           the server for --verify (default http://127.0.0.1:9229)",
            "  --timeout <seconds>                        how long to wait for Kafka (default 60)");

    private ReplayCommand() {
    }

    /** Runs the command; returns the exit status: 0 done, 1 a difference or no such user, 2 a usage error. */
    public static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, environment);
        } catch (IllegalArgumentException bad) {
            err.println("cognito-es replay: " + bad.getMessage());
            err.println(USAGE);
            return EXIT_USAGE;
        }
        if (options.help) {
            out.println(USAGE);
            return 0;
        }
        SignUpHistory history = new SignUpHistory();
        SignUpFunnel funnel = new SignUpFunnel();
        try (KafkaProjectionRunner historyRunner = runner(options, "sign-up-history", history);
             KafkaProjectionRunner funnelRunner = runner(options, "sign-up-funnel", funnel)) {
            historyRunner.start();
            funnelRunner.start();
            Duration timeout = Duration.ofSeconds(options.timeoutSeconds);
            if (!historyRunner.awaitCaughtUp(timeout) || !funnelRunner.awaitCaughtUp(timeout)) {
                err.println("cognito-es replay: could not read " + options.topics.events() + " at "
                        + options.bootstrapServers + " within " + options.timeoutSeconds + " s");
                return EXIT_DIFFERENT;
            }
        }
        if (options.verify) {
            return verify(options, history, out, err);
        }
        Instant asOf = options.asOf == null ? Instant.now() : options.asOf;
        if (options.user != null) {
            Optional<UserHistory> user = history.user(options.userPool, options.user, asOf);
            if (user.isEmpty()) {
                err.println("cognito-es replay: no user " + options.user + " in " + options.userPool + " as of "
                        + asOf);
                return EXIT_DIFFERENT;
            }
            print(user.get(), asOf, out);
            return 0;
        }
        List<UserHistory> users = history.users(options.userPool, asOf);
        out.println("Pool " + options.userPool + " as of " + asOf + ": " + users.size() + " users");
        users.forEach(user -> print(user, asOf, out));
        out.println("Funnel (UTC day: sign-ups, confirmations, first sign-ins)");
        for (FunnelDay day : funnel.days(options.userPool)) {
            out.printf("  %s  %d  %d  %d%n", day.day(), day.signUps(), day.confirmations(), day.firstSignIns());
        }
        return 0;
    }

    private static int verify(Options options, SignUpHistory history, PrintStream out, PrintStream err) {
        List<String> differences;
        try {
            differences = ReadModelComparison.differences(options.userPool, history,
                    ServerUsers.overHttp(options.endpoint));
        } catch (IllegalStateException unreachable) {
            err.println("cognito-es replay: " + unreachable.getMessage());
            return EXIT_DIFFERENT;
        }
        if (differences.isEmpty()) {
            out.println("verify: Kafka and the server agree on the " + history.currentUsers(options.userPool).size()
                    + " users of " + options.userPool);
            return 0;
        }
        out.println("verify: " + differences.size() + " differences between Kafka and the server in "
                + options.userPool);
        differences.forEach(difference -> out.println("  " + difference));
        return EXIT_DIFFERENT;
    }

    private static void print(UserHistory user, Instant asOf, PrintStream out) {
        out.println("User " + user.username() + " (sub " + user.sub() + ") as of " + asOf + ": "
                + (user.deleted() ? "deleted" : user.status()));
        for (HistoryEntry entry : user.entries()) {
            out.printf("  %-30s %-24s %s%n", entry.at(), entry.step(), entry.eventType());
        }
    }

    private static KafkaProjectionRunner runner(Options options, String name, EventLogProjection projection) {
        return KafkaProjectionRunner.builder().bootstrapServers(options.bootstrapServers).topics(options.topics)
                .projection(name, projection).build();
    }

    /** The parsed command line. */
    static final class Options {
        String bootstrapServers;
        EventTopics topics;
        String userPool;
        String user;
        Instant asOf;
        boolean verify;
        boolean help;
        URI endpoint = URI.create("http://127.0.0.1:9229/");
        long timeoutSeconds = 60;

        /** @throws IllegalArgumentException naming the first unknown, missing or invalid argument */
        static Options parse(List<String> args, Map<String, String> environment) {
            Options options = new Options();
            options.bootstrapServers = environment.get(BOOTSTRAP_ENV);
            String prefix = environment.getOrDefault(TOPIC_PREFIX_ENV, EventTopics.DEFAULT_PREFIX);
            Deque<String> rest = new ArrayDeque<>(args);
            while (!rest.isEmpty()) {
                String arg = rest.removeFirst();
                String inline = null;
                int equals = arg.indexOf('=');
                if (arg.startsWith("--") && equals > 0) {
                    inline = arg.substring(equals + 1);
                    arg = arg.substring(0, equals);
                }
                switch (arg) {
                    case "--kafka-bootstrap-servers" -> options.bootstrapServers = value(arg, inline, rest);
                    case "--kafka-topic-prefix" -> prefix = value(arg, inline, rest);
                    case "--user-pool" -> options.userPool = value(arg, inline, rest);
                    case "--user" -> options.user = value(arg, inline, rest);
                    case "--as-of" -> options.asOf = instant(value(arg, inline, rest));
                    case "--endpoint" -> options.endpoint = endpoint(value(arg, inline, rest));
                    case "--timeout" -> options.timeoutSeconds = seconds(value(arg, inline, rest));
                    case "--verify" -> options.verify = true;
                    case "--help", "-h" -> options.help = true;
                    default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
                }
            }
            if (options.help) {
                return options;
            }
            if (options.bootstrapServers == null || options.bootstrapServers.isBlank()) {
                throw new IllegalArgumentException("--kafka-bootstrap-servers (or " + BOOTSTRAP_ENV + ") is required");
            }
            if (options.userPool == null) {
                throw new IllegalArgumentException("--user-pool is required");
            }
            if (options.verify && (options.user != null || options.asOf != null)) {
                throw new IllegalArgumentException("--verify compares the whole pool now; it takes no --user or --as-of");
            }
            options.topics = new EventTopics(prefix);
            return options;
        }

        private static String value(String option, String inline, Deque<String> rest) {
            if (inline != null) {
                return inline;
            }
            if (rest.isEmpty() || rest.peekFirst().startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.removeFirst();
        }

        private static Instant instant(String text) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--as-of must be an ISO-8601 instant such as 2025-01-31T12:00:00Z, "
                        + "was '" + text + "'");
            }
        }

        private static URI endpoint(String text) {
            try {
                URI uri = URI.create(text);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    throw new IllegalArgumentException("no scheme or host");
                }
                return uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--endpoint must be a URL such as http://127.0.0.1:9229, was '"
                        + text + "'");
            }
        }

        private static long seconds(String text) {
            try {
                long seconds = Long.parseLong(text);
                if (seconds > 0) {
                    return seconds;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new IllegalArgumentException("--timeout must be a positive number of seconds, was '" + text + "'");
        }
    }
}
