package dev.cognitoes.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.http.CognitoServerMain.Options;
import dev.cognitoes.http.server.CognitoServer;
import dev.cognitoes.shared.AccountSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CognitoServerMainTest {

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
            try (CognitoServer server = CognitoServerMain.start(Options.parse("--port", "0", "--issuer-base",
                    "https://auth.example.test/cognito"))) {
                assertThat(server.runtime().issuerBase().issuer("eu-west-1_AbC"))
                        .isEqualTo("https://auth.example.test/cognito/eu-west-1_AbC");
            }
            try (CognitoServer server = CognitoServerMain.start(Options.parse("--port", "0"))) {
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
            try (CognitoServer server = CognitoServerMain.start(Options.parse("--port", "0", "--region", "eu-central-1"))) {
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
            try (CognitoServer first = CognitoServerMain.start(Options.parse("--port", "0"))) {
                assertThatThrownBy(() -> CognitoServerMain.start(Options.parse("--port", String.valueOf(first.port()))))
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
            assertThatThrownBy(() -> Options.parse("--issuer-base", "ftp://auth.example.test"))
                    .hasMessageStartingWith("invalid --issuer-base: ").hasMessageContaining("ftp://auth.example.test");
            assertThatThrownBy(() -> Options.parse("--issuer-base", "https://auth.example.test/?a=b"))
                    .hasMessageStartingWith("invalid --issuer-base: ");
        }
    }
}
