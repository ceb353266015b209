package dev.cognitoes.http;

import dev.cognitoes.auth.token.IssuerBase;
import dev.cognitoes.http.server.CognitoServer;
import dev.cognitoes.persistence.kafka.EventTopics;
import dev.cognitoes.persistence.kafka.KafkaEventLogPublisher;
import dev.cognitoes.persistence.kafka.ReplayCommand;
import dev.cognitoes.shared.AccountSettings;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the cognito-es server from the command line:
 * <pre>java -jar cognito-es-server.jar [--host 127.0.0.1] [--port 9229] [--account-id 000000000000]
 *     [--region us-east-1] [--issuer-base http://127.0.0.1:9229] [--no-dev-endpoints] [--help]
 *     [--data-dir ./data | --in-memory | --jdbc-url jdbc:postgresql://... [--jdbc-user ..] [--jdbc-password ..]
 *      [--jdbc-pool-size 10]] [--kafka-bootstrap-servers host:port] [--kafka-topic-prefix cognito-es]
 * java -jar cognito-es-server.jar rebuild-read-models [--data-dir ./data | --jdbc-url ...]
 * java -jar cognito-es-server.jar replay --help</pre>
 * ({@link RebuildReadModels}, {@link ReplayCommand}).
 * Stops cleanly on SIGTERM and Ctrl-C, closing the storage.
 */
public final class CognitoServerMain {

    static final int EXIT_USAGE = 2;

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar cognito-es-server.jar [options] [storage options]",
            "       java -jar cognito-es-server.jar " + RebuildReadModels.COMMAND + " [storage options]",
            "       java -jar cognito-es-server.jar replay --help",
            "",
            "An Amazon Cognito Identity Provider compatible server (AWS JSON 1.1 on POST /).",
            RebuildReadModels.COMMAND + " replays the whole event log into emptied read models, purges snapshots",
            "and prints the rows of each read model; an H2 database must not be open in a running server.",
            "replay prints sign-up histories and the funnel rebuilt from Kafka alone.",
            "",
            "Options:",
            "  --host <address>        address to bind (default 127.0.0.1, loopback only)",
            "  --port <port>           port to listen on, 0 for any free port (default 9229)",
            "  --account-id <digits>   the twelve-digit AWS account id in ARNs (default 000000000000)",
            "  --region <region>       region of unsigned requests (default us-east-1)",
            "  --issuer-base <url>     tokens' issuer is <url>/<userPoolId>; use the address token validators reach",
            "                          this server at (default http://<host>:<port>)",
            "  --no-dev-endpoints      do not serve GET /_dev/outbox",
            "  --kafka-bootstrap-servers <host:port,...>  publish every event to Kafka, exactly once (default $"
                    + ReplayCommand.BOOTSTRAP_ENV + "; none: no publishing)",
            "  --kafka-topic-prefix <prefix>  topics <prefix>.events and <prefix>.positions (default $"
                    + ReplayCommand.TOPIC_PREFIX_ENV + " or " + EventTopics.DEFAULT_PREFIX + ")",
            "  --help                  print this help and exit",
            "",
            "Storage options (default: an H2 database in ./data, kept across restarts):",
            "  --data-dir <dir>        keep the H2 database in <dir> (one server process at a time)",
            "  --in-memory             keep all state in memory, lost on exit",
            "  --jdbc-url <url>        keep state in PostgreSQL, e.g. jdbc:postgresql://localhost:5432/cognito;",
            "                          several servers on one database act as one service",
            "  --jdbc-user <user>      PostgreSQL user",
            "  --jdbc-password <pw>    PostgreSQL password",
            "  --jdbc-pool-size <n>    most connections each server holds (default 10)",
            "  " + StorageChoice.URL_VARIABLE + ", " + StorageChoice.USER_VARIABLE + " and "
                    + StorageChoice.PASSWORD_VARIABLE,
            "  in the environment stand in for --jdbc-url, --jdbc-user and --jdbc-password; options win.");

    private CognitoServerMain() {
    }

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        System.setProperty("org.jboss.logging.provider", "slf4j");
        if (args.length > 0 && args[0].equals(RebuildReadModels.COMMAND)) {
            System.exit(RebuildReadModels.run(System.getenv(), Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals("replay")) {
            System.exit(ReplayCommand.run(Arrays.asList(args).subList(1, args.length), System.getenv(), System.out,
                    System.err));
            return;
        }
        Options options;
        try {
            options = Options.parse(System.getenv(), args);
        } catch (IllegalArgumentException badArguments) {
            usage(System.err, badArguments.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        if (options.help) {
            System.out.println(USAGE);
            return;
        }
        CognitoServer server;
        try {
            server = start(options);
        } catch (RuntimeException cannotStart) {
            System.err.println("cognito-es: cannot start on " + options.host + ":" + options.port + " with "
                    + options.storage.description() + ": " + rootMessage(cannotStart));
            System.exit(1);
            return;
        }
        KafkaEventLogPublisher publisher = publishToKafka(server, options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (publisher != null) {
                publisher.close();
            }
            server.close();
        }, "cognito-es-shutdown"));
    }

    /**
     * Starts publishing the server's event log to Kafka when {@code --kafka-bootstrap-servers} is set; returns
     * {@code null} otherwise. The publisher runs in its own thread: requests never wait for Kafka.
     */
    static KafkaEventLogPublisher publishToKafka(CognitoServer server, Options options) {
        if (options.kafkaBootstrapServers == null) {
            return null;
        }
        KafkaEventLogPublisher publisher = KafkaEventLogPublisher.builder().runtime(server.runtime())
                .bootstrapServers(options.kafkaBootstrapServers).topics(options.kafkaTopics).build();
        publisher.start();
        LoggerFactory.getLogger(CognitoServerMain.class).info("publishing every event to Kafka at {}, topic {}",
                options.kafkaBootstrapServers, options.kafkaTopics.events());
        return publisher;
    }

    static CognitoServer start(Options options) {
        CognitoServer.Builder builder = CognitoServer.builder()
                .host(options.host)
                .port(options.port)
                .devEndpoints(options.devEndpoints)
                .storage(options.storage::open)
                .runtime(runtime -> runtime.account(options.account));
        if (options.issuerBase != null) {
            builder.issuerBase(options.issuerBase);
        }
        CognitoServer server = builder.start();
        Logger log = LoggerFactory.getLogger(CognitoServerMain.class);
        log.info("cognito-es listening on {} ({}), issuing tokens as {}/<userPoolId>",
                server.baseUri(), options.storage.description(), server.runtime().issuerBase().uri());
        return server;
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void usage(PrintStream err, String problem) {
        err.println("cognito-es: " + problem);
        err.println(USAGE);
    }

    /** The parsed command line. */
    static final class Options {
        String host = "127.0.0.1";
        int port = 9229;
        boolean devEndpoints = true;
        boolean help;
        AccountSettings account = AccountSettings.DEFAULT;
        String issuerBase;
        StorageChoice storage;
        String kafkaBootstrapServers;
        EventTopics kafkaTopics = EventTopics.defaults();

        /** The command line alone, as if no environment variable were set. */
        static Options parse(String... args) {
            return parse(Map.of(), args);
        }

        /** @throws IllegalArgumentException naming the first unknown or invalid argument */
        static Options parse(Map<String, String> environment, String... args) {
            Options options = new Options();
            StorageChoice.Options storage = new StorageChoice.Options();
            options.kafkaBootstrapServers = environment.get(ReplayCommand.BOOTSTRAP_ENV);
            String kafkaTopicPrefix = environment.getOrDefault(ReplayCommand.TOPIC_PREFIX_ENV,
                    EventTopics.DEFAULT_PREFIX);
            String accountId = AccountSettings.DEFAULT.accountId();
            String region = AccountSettings.DEFAULT.defaultRegion();
            Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
            while (!rest.isEmpty()) {
                String arg = rest.removeFirst();
                String inlineValue = null;
                int equals = arg.indexOf('=');
                if (arg.startsWith("--") && equals > 0) {
                    inlineValue = arg.substring(equals + 1);
                    arg = arg.substring(0, equals);
                }
                switch (arg) {
                    case "--host" -> options.host = value(arg, inlineValue, rest);
                    case "--port" -> options.port = port(value(arg, inlineValue, rest));
                    case "--account-id" -> accountId = value(arg, inlineValue, rest);
                    case "--region" -> region = value(arg, inlineValue, rest);
                    case "--issuer-base" -> options.issuerBase = issuerBase(value(arg, inlineValue, rest));
                    case "--kafka-bootstrap-servers" -> options.kafkaBootstrapServers = value(arg, inlineValue, rest);
                    case "--kafka-topic-prefix" -> kafkaTopicPrefix = value(arg, inlineValue, rest);
                    case "--no-dev-endpoints" -> {
                        noValue(arg, inlineValue);
                        options.devEndpoints = false;
                    }
                    case "--help", "-h" -> {
                        noValue(arg, inlineValue);
                        options.help = true;
                    }
                    default -> {
                        if (!storage.accept(arg, inlineValue, rest)) {
                            throw new IllegalArgumentException("unknown option '" + arg + "'");
                        }
                    }
                }
            }
            options.storage = storage.choose(environment);
            if (options.host.isBlank()) {
                throw new IllegalArgumentException("--host must not be empty");
            }
            if (options.kafkaBootstrapServers != null && options.kafkaBootstrapServers.isBlank()) {
                options.kafkaBootstrapServers = null;
            }
            try {
                options.kafkaTopics = new EventTopics(kafkaTopicPrefix);
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException("invalid --kafka-topic-prefix: " + invalid.getMessage());
            }
            try {
                options.account = new AccountSettings(accountId, region);
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException("invalid --account-id or --region: " + invalid.getMessage());
            }
            return options;
        }

        static String value(String option, String inlineValue, Deque<String> rest) {
            if (inlineValue != null) {
                return inlineValue;
            }
            if (rest.isEmpty() || rest.peekFirst().startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.removeFirst();
        }

        static void noValue(String option, String inlineValue) {
            if (inlineValue != null) {
                throw new IllegalArgumentException(option + " takes no value");
            }
        }

        private static String issuerBase(String text) {
            try {
                return IssuerBase.of(text).uri().toString();
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException("invalid --issuer-base: " + invalid.getMessage());
            }
        }

        private static int port(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new IllegalArgumentException("--port must be a number from 0 to 65535, was '" + text + "'");
        }
    }
}
