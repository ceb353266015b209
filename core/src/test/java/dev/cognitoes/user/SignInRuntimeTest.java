package dev.cognitoes.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.auth.srp.SrpTestClient;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.user.api.AdminDisableUserCommand;
import dev.cognitoes.user.api.AdminConfirmSignUpCommand;
import dev.cognitoes.user.api.InitiateAuthCommand;
import dev.cognitoes.user.api.RespondToAuthChallengeCommand;
import dev.cognitoes.user.api.SignInResult;
import dev.cognitoes.user.api.SignUpCommand;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignInRuntimeTest {

    static final String PASSWORD = "Correct-Horse-1";

    TestCognito cognito;

    @BeforeEach
    void start() {
        cognito = new TestCognito();
        cognito.runtime.send(new SignUpCommand(TestCognito.CLIENT, null, "jane", PASSWORD,
                Map.of("email", "jane@example.com")));
        cognito.runtime.send(new AdminConfirmSignUpCommand(TestCognito.POOL, "jane"));
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    static SignInResult srpSignIn(CognitoRuntime runtime, String password) {
        SrpTestClient srp = new SrpTestClient(TestCognito.POOL);
        SignInResult challenge = runtime.send(new InitiateAuthCommand(TestCognito.CLIENT, "USER_SRP_AUTH",
                Map.of("USERNAME", "jane", "SRP_A", srp.srpA())));
        Map<String, String> responses = srp.respond(challenge.challengeParameters(), password,
                runtime.component(Clock.class).instant());
        return runtime.send(new RespondToAuthChallengeCommand(TestCognito.CLIENT, "PASSWORD_VERIFIER",
                challenge.session(), responses));
    }

    @Nested
    @DisplayName("when two servers share the event store")
    class TwoNodes {

        @Test
        void failed_sign_ins_on_either_count_toward_one_lockout() {
            CognitoRuntime other = CognitoRuntime.builder().clock(cognito.clock).idGenerator(cognito.ids)
                    .codeGenerator(cognito.ids).storage(cognito.storage).build();
            try {
                for (int attempt = 1; attempt <= 5; attempt++) {
                    CognitoRuntime node = attempt % 2 == 0 ? other : cognito.runtime;
                    assertThatThrownBy(() -> srpSignIn(node, "Wrong-Horse-1"))
                            .hasMessage("Incorrect username or password.");
                }

                assertThatThrownBy(() -> srpSignIn(other, PASSWORD))
                        .isInstanceOfSatisfying(CognitoException.class,
                                e -> assertThat(e.error()).isEqualTo(CognitoError.NOT_AUTHORIZED))
                        .hasMessage("Password attempts exceeded");
                cognito.clock.advance(Duration.ofSeconds(1));
                assertThat(srpSignIn(other, PASSWORD).tokens()).isPresent();
            } finally {
                other.close();
            }
        }

        @Test
        void a_session_answered_on_one_is_refused_on_the_other() {
            CognitoRuntime other = CognitoRuntime.builder().clock(cognito.clock).idGenerator(cognito.ids)
                    .codeGenerator(cognito.ids).storage(cognito.storage).build();
            try {
                SrpTestClient srp = new SrpTestClient(TestCognito.POOL);
                SignInResult challenge = cognito.runtime.send(new InitiateAuthCommand(TestCognito.CLIENT,
                        "USER_SRP_AUTH", Map.of("USERNAME", "jane", "SRP_A", srp.srpA())));
                RespondToAuthChallengeCommand answer = new RespondToAuthChallengeCommand(TestCognito.CLIENT,
                        "PASSWORD_VERIFIER", challenge.session(), srp.respond(challenge.challengeParameters(),
                        PASSWORD, cognito.clock.instant()));
                assertThat(cognito.runtime.send(answer).tokens()).isPresent();

                assertThatThrownBy(() -> other.send(answer)).hasMessage("Invalid session for the user.");
            } finally {
                other.close();
            }
        }
    }

    @Nested
    @DisplayName("when the user is disabled")
    class Disabled {

        @Test
        void no_sign_in_starts() {
            cognito.runtime.send(new AdminDisableUserCommand(TestCognito.POOL, "jane"));
            Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", "jane", "SRP_A",
                    new SrpTestClient(TestCognito.POOL).srpA()));

            assertThatThrownBy(() -> cognito.runtime.send(new InitiateAuthCommand(TestCognito.CLIENT,
                    "USER_SRP_AUTH", parameters))).hasMessage("User is disabled.");
        }
    }
}
