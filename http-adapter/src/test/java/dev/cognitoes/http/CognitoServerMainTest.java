package dev.cognitoes.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.http.CognitoServerMain.Options;
import dev.cognitoes.http.server.CognitoServer;
import dev.cognitoes.shared.AccountSettings;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.DescribeUserPoolQuery;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CognitoServerMainTest {

    static final String JDBC_URL = "jdbc:postgresql://db.test:5432/cognito";

    @Nested
    @DisplayName("when the command line is valid")
    class Valid {

        @Test
        @DisplayName("defaults to loopback, port 9229, dev endpoints and the default account")
        void defaults() {
            Options options = Options.parse();

            assertThat(options.host).isEqualTo("127.0.0.1");
            assertThat(options.port).isEqualTo(9229);
            assertThat(options.devEndpoints).isTrue();
            assertThat(options.help).isFalse();
            assertThat(options.account).isEqualTo(AccountSettings.DEFAULT);
        }

        @Test
        @DisplayName("takes values as separate or as --name=value arguments")
        void values() {
            Options options = Options.parse("--host", "0.0.0.0", "--port=0", "--in-memory", "--account-id",
                    "123456789012", "--region=eu-west-2", "--no-dev-endpoints");

            assertThat(options.host).isEqualTo("0.0.0.0");
            assertThat(options.port).isZero();
            assertThat(options.devEndpoints).isFalse();
            assertThat(options.account).isEqualTo(new AccountSettings("123456789012", "eu-west-2"));
        }

        @Test
        @DisplayName("takes the issuer base of tokens, which is otherwise the server's own address")
        void issuerBase() {
            assertThat(Options.parse().issuerBase).isNull();
            assertThat(Options.parse("--issuer-base", "https://auth.example.test/cognito/").issuerBase)
                    .isEqualTo("https://auth.example.test/cognito");
            try (CognitoServer server = CognitoServerMain.start(Options.parse("--in-memory", "--port", "0",
                    "--issuer-base", "https://auth.example.test/cognito"))) {
                assertThat(server.runtime().issuerBase().issuer("eu-west-1_AbC"))
                        .isEqualTo("https://auth.example.test/cognito/eu-west-1_AbC");
            }
            try (CognitoServer server = CognitoServerMain.start(Options.parse("--in-memory", "--port", "0"))) {
                assertThat(server.runtime().issuerBase().uri()).isEqualTo(server.baseUri());
            }
        }

        @Test
        @DisplayName("asks for help")
        void help() {
            assertThat(Options.parse("--help").help).isTrue();
        }

        @Test
        @DisplayName("starts a server that answers at the address it reports")
        void starts() throws Exception {
            try (CognitoServer server = CognitoServerMain.start(Options.parse("--in-memory", "--port", "0",
                    "--region", "eu-central-1"))) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(server.baseUri() + "/"))
                        .header("X-Amz-Target", "AWSCognitoIdentityProviderService.DeleteUserPool")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"UserPoolId\":\"eu-central-1_abc\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(server.baseUri().toString()).startsWith("http://127.0.0.1:");
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(server.runtime().account().defaultRegion()).isEqualTo("eu-central-1");
            }
        }
    }

    @Nested
    @DisplayName("when the storage is chosen")
    class Storage {

        @Test
        @DisplayName("without options it is an H2 database in ./data")
        void defaultsToH2InData() {
            assertThat(Options.parse().storage)
                    .isEqualTo(new StorageChoice.H2(Path.of("data").toAbsolutePath().normalize()));
            assertThat(Options.parse().storage.description())
                    .isEqualTo("H2 database in " + Path.of("data").toAbsolutePath().normalize());
        }

        @Test
        @DisplayName("--data-dir moves the H2 database and --in-memory keeps everything in memory")
        void dataDirAndInMemory() {
            assertThat(Options.parse("--data-dir", "/var/lib/cognito").storage)
                    .isEqualTo(new StorageChoice.H2(Path.of("/var/lib/cognito")));
            assertThat(Options.parse("--in-memory").storage).isEqualTo(new StorageChoice.InMemory());
            assertThat(Options.parse("--in-memory").storage.description()).isEqualTo("in-memory storage");
        }

        @Test
        @DisplayName("--jdbc-* options select PostgreSQL with a pool of the given size")
        void postgresFromOptions() {
            Options options = Options.parse("--jdbc-url", JDBC_URL, "--jdbc-user", "cognito", "--jdbc-password",
                    "s3cret", "--jdbc-pool-size=4");

            assertThat(options.storage).isEqualTo(new StorageChoice.Postgres(JDBC_URL, "cognito", "s3cret", 4));
            assertThat(options.storage.description()).isEqualTo("PostgreSQL " + JDBC_URL);
        }

        @Test
        @DisplayName("environment variables stand in for missing --jdbc-* options, and options win")
        void postgresFromEnvironment() {
            Map<String, String> environment = Map.of("COGNITO_ES_JDBC_URL", JDBC_URL, "COGNITO_ES_JDBC_USER",
                    "env-user", "COGNITO_ES_JDBC_PASSWORD", "env-password");

            assertThat(Options.parse(environment).storage)
                    .isEqualTo(new StorageChoice.Postgres(JDBC_URL, "env-user", "env-password", null));
            assertThat(Options.parse(environment, "--jdbc-url", "jdbc:postgresql://db.test/other", "--jdbc-user",
                    "cli-user").storage).isEqualTo(new StorageChoice.Postgres("jdbc:postgresql://db.test/other",
                    "cli-user", "env-password", null));
            assertThat(Options.parse(environment, "--data-dir", "/srv/data").storage)
                    .isEqualTo(new StorageChoice.H2(Path.of("/srv/data")));
            assertThat(Options.parse(environment, "--in-memory").storage).isEqualTo(new StorageChoice.InMemory());
        }

        @Test
        @DisplayName("the description and the text of the choice never show a password")
        void hidesPasswords() {
            StorageChoice storage = Options.parse("--jdbc-url",
                    "jdbc:postgresql://db.test/cognito?user=app&password=s3cret&ssl=true", "--jdbc-password",
                    "other-s3cret").storage;

            assertThat(storage.description())
                    .isEqualTo("PostgreSQL jdbc:postgresql://db.test/cognito?user=app&password=***&ssl=true");
            assertThat(storage.toString()).doesNotContain("s3cret");
            assertThatThrownBy(() -> Options.parse("--jdbc-url", "jdbc:mysql://db.test/x?password=s3cret"))
                    .hasMessageContaining("jdbc:postgresql://").hasMessageNotContaining("s3cret");
        }

        @Test
        @DisplayName("contradicting storage options are refused by name")
        void contradictions() {
            assertThatThrownBy(() -> Options.parse("--in-memory", "--data-dir", "d"))
                    .hasMessageStartingWith("--in-memory cannot be combined");
            assertThatThrownBy(() -> Options.parse("--in-memory", "--jdbc-url", JDBC_URL))
                    .hasMessageStartingWith("--in-memory cannot be combined");
            assertThatThrownBy(() -> Options.parse("--data-dir", "d", "--jdbc-url", JDBC_URL))
                    .hasMessageStartingWith("--data-dir (H2) cannot be combined");
            assertThatThrownBy(() -> Options.parse("--jdbc-user", "cognito"))
                    .hasMessageContaining("need --jdbc-url or COGNITO_ES_JDBC_URL");
        }

        @Test
        @DisplayName("a server on an H2 directory finds its pools after a restart")
        void keepsStateInH2() {
            String dataDir = newDirectory().toString();
            String poolId;
            try (CognitoServer server = CognitoServerMain.start(Options.parse("--port", "0", "--data-dir",
                    dataDir))) {
                poolId = server.runtime().send(new CreateUserPoolCommand("us-east-1", SignInSettings.DEFAULT,
                        List.of(), UserPoolSettings.defaults("kept"))).id();
            }
            try (CognitoServer server = CognitoServerMain.start(Options.parse("--port", "0", "--data-dir",
                    dataDir))) {
                assertThat(server.runtime().query(new DescribeUserPoolQuery(poolId)).settings().poolName())
                        .isEqualTo("kept");
            }
        }

        @Test
        @DisplayName("a server that cannot listen opens no database")
        void opensNoDatabaseWithoutPort() {
            Path dataDir = newDirectory();
            try (CognitoServer first = CognitoServerMain.start(Options.parse("--in-memory", "--port", "0"))) {
                assertThatThrownBy(() -> CognitoServerMain.start(Options.parse("--port",
                        String.valueOf(first.port()), "--data-dir", dataDir.toString())))
                        .isInstanceOf(RuntimeException.class);
            }
            assertThat(dataDir).doesNotExist();
        }
    }

    @Nested
    @DisplayName("when the read models are rebuilt from the command line")
    class Rebuild {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        private int rebuild(String... args) {
            return RebuildReadModels.run(Map.of(), args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        }

        @Test
        @DisplayName("it replays the log of an H2 database and prints each table's rows before and after")
        void rebuildsH2() {
            String dataDir = newDirectory().toString();
            try (CognitoServer server = CognitoServerMain.start(Options.parse("--port", "0", "--data-dir",
                    dataDir))) {
                server.runtime().send(new CreateUserPoolCommand("us-east-1", SignInSettings.DEFAULT, List.of(),
                        UserPoolSettings.defaults("audited")));
            }

            int exit = rebuild("--data-dir", dataDir);

            assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .contains("Rebuilt the read models of H2 database in " + Path.of(dataDir).toAbsolutePath())
                    .containsPattern("from [1-9][0-9]* events")
                    .containsPattern("cognito_user_pool +1 +1")
                    .containsPattern("cognito_user +0 +0");
        }

        @Test
        @DisplayName("in-memory storage and unknown options are refused with the usage")
        void refusesBadCommandLines() {
            assertThat(rebuild("--in-memory")).isEqualTo(CognitoServerMain.EXIT_USAGE);
            assertThat(rebuild("--port", "9229")).isEqualTo(CognitoServerMain.EXIT_USAGE);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("in-memory storage has none to rebuild")
                    .contains("unknown option '--port' for rebuild-read-models").contains("Usage:");
        }

        @Test
        @DisplayName("a database it cannot open fails with exit code 1")
        void failsOnUnreachableDatabase() {
            assertThat(rebuild("--jdbc-url", "jdbc:postgresql://127.0.0.1:1/none", "--jdbc-password", "s3cret"))
                    .isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .startsWith("cognito-es: rebuild-read-models on PostgreSQL jdbc:postgresql://127.0.0.1:1/none"
                            + " failed, nothing was changed: ")
                    .doesNotContain("s3cret");
        }
    }

    private static Path newDirectory() {
        return Path.of("target", "h2", UUID.randomUUID().toString()).toAbsolutePath();
    }

    @Nested
    @DisplayName("when the command line is invalid")
    class Invalid {

        @Test
        @DisplayName("names an unknown option")
        void unknown() {
            assertThatThrownBy(() -> Options.parse("--verbose")).hasMessage("unknown option '--verbose'");
            assertThatThrownBy(() -> Options.parse("9229")).hasMessage("unknown option '9229'");
        }

        @Test
        @DisplayName("a port in use fails the start")
        void portInUse() {
            try (CognitoServer first = CognitoServerMain.start(Options.parse("--in-memory", "--port", "0"))) {
                assertThatThrownBy(() -> CognitoServerMain.start(Options.parse("--in-memory", "--port",
                        String.valueOf(first.port()))))
                        .isInstanceOf(RuntimeException.class);
            }
        }

        @Test
        @DisplayName("names a missing or invalid value")
        void badValues() {
            assertThatThrownBy(() -> Options.parse("--port")).hasMessage("--port needs a value");
            assertThatThrownBy(() -> Options.parse("--port", "--in-memory")).hasMessage("--port needs a value");
            assertThatThrownBy(() -> Options.parse("--port", "70000"))
                    .hasMessage("--port must be a number from 0 to 65535, was '70000'");
            assertThatThrownBy(() -> Options.parse("--port", "http")).hasMessageContaining("'http'");
            assertThatThrownBy(() -> Options.parse("--region", "mars")).hasMessageContaining("mars");
            assertThatThrownBy(() -> Options.parse("--account-id", "42")).hasMessageContaining("42");
            assertThatThrownBy(() -> Options.parse("--in-memory=yes")).hasMessage("--in-memory takes no value");
            assertThatThrownBy(() -> Options.parse("--data-dir")).hasMessage("--data-dir needs a value");
            assertThatThrownBy(() -> Options.parse("--jdbc-url", JDBC_URL, "--jdbc-pool-size", "0"))
                    .hasMessage("--jdbc-pool-size must be a number of at least 1, was '0'");
            assertThatThrownBy(() -> Options.parse("--issuer-base", "ftp://auth.example.test"))
                    .hasMessageStartingWith("invalid --issuer-base: ").hasMessageContaining("ftp://auth.example.test");
            assertThatThrownBy(() -> Options.parse("--issuer-base", "https://auth.example.test/?a=b"))
                    .hasMessageStartingWith("invalid --issuer-base: ");
        }
    }
}
