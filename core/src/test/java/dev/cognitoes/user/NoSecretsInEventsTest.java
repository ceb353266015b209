package dev.cognitoes.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.auth.srp.SrpTestClient;
import dev.cognitoes.auth.token.IssuedTokens;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.user.api.AdminCreateUserCommand;
import dev.cognitoes.user.api.AdminResetUserPasswordCommand;
import dev.cognitoes.user.api.AdminSetUserPasswordCommand;
import dev.cognitoes.user.api.ConfirmForgotPasswordCommand;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.ForgotPasswordCommand;
import dev.cognitoes.user.api.InitiateAuthCommand;
import dev.cognitoes.user.api.MessageAction;
import dev.cognitoes.user.api.RespondToAuthChallengeCommand;
import dev.cognitoes.user.api.SignInResult;
import dev.cognitoes.user.api.SignUpCommand;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NoSecretsInEventsTest {

    static final String PASSWORD = "Plaintext-Pa55word!";
    static final String WRONG_CODE = "987123";
    static final String SIGN_UP_CODE = "246813";
    static final String TEMPORARY_PASSWORD = "Temporary-Pa55!";
    static final String RESET_CODE = "73920518";
    static final String WRONG_RESET_CODE = "61839027";
    static final String NEW_PASSWORD = "Reset-Pa55word!";
    static final String ADMIN_SET_PASSWORD = "Admin-Set-Pa55!";
    static final String ADMIN_RESET_CODE = "50283917";

    @Nested
    @DisplayName("when a full user lifecycle has been recorded")
    class FullLifecycle {

        @Test
        void no_password_code_client_secret_session_or_token_appears_in_any_stored_payload_or_metadata() throws Exception {
            try (TestCognito cognito = new TestCognito()) {
                cognito.ids.nextCodes(SIGN_UP_CODE);
                String secretHash = secretHash("jane", TestCognito.SECRET_CLIENT, TestCognito.CLIENT_SECRET);
                cognito.runtime.send(new SignUpCommand(TestCognito.SECRET_CLIENT, secretHash, "jane", PASSWORD,
                        Map.of("email", "jane@example.com")));
                assertThat(cognito.lastCode(TestCognito.POOL, "jane", MessageKind.SIGN_UP)).isEqualTo(SIGN_UP_CODE);
                assertThatThrownBy(() -> cognito.runtime.send(new ConfirmSignUpCommand(TestCognito.SECRET_CLIENT,
                        secretHash, "jane", WRONG_CODE, false))).isInstanceOf(CognitoException.class);
                cognito.runtime.send(new ConfirmSignUpCommand(TestCognito.SECRET_CLIENT, secretHash, "jane",
                        SIGN_UP_CODE, false));
                cognito.runtime.send(new AdminCreateUserCommand(TestCognito.POOL, "kim",
                        Map.of("email", "kim@example.com"), TEMPORARY_PASSWORD, false, null,
                        Set.of(DeliveryMedium.EMAIL)));
                cognito.runtime.send(new AdminCreateUserCommand(TestCognito.POOL, "kim", Map.of(), null, false,
                        MessageAction.RESEND, Set.of(DeliveryMedium.EMAIL)));
                String generatedTemporaryPassword = cognito.lastCode(TestCognito.POOL, "kim",
                        MessageKind.INVITATION);

                SrpTestClient srp = new SrpTestClient(TestCognito.POOL);
                SignInResult challenge = cognito.runtime.send(new InitiateAuthCommand(TestCognito.SECRET_CLIENT,
                        "USER_SRP_AUTH", Map.of("USERNAME", "jane", "SRP_A", srp.srpA(), "SECRET_HASH", secretHash)));
                Map<String, String> responses = new HashMap<>(srp.respond(challenge.challengeParameters(), PASSWORD,
                        cognito.clock.instant()));
                responses.put("SECRET_HASH", secretHash);
                IssuedTokens tokens = cognito.runtime.send(new RespondToAuthChallengeCommand(
                        TestCognito.SECRET_CLIENT, "PASSWORD_VERIFIER", challenge.session(), responses))
                        .tokens().orElseThrow();
                String refreshToken = tokens.refreshToken().orElseThrow().token();
                IssuedTokens refreshed = cognito.runtime.send(new InitiateAuthCommand(TestCognito.SECRET_CLIENT,
                        "REFRESH_TOKEN_AUTH", Map.of("REFRESH_TOKEN", refreshToken, "SECRET_HASH", secretHash)))
                        .tokens().orElseThrow();

                cognito.ids.nextCodes(RESET_CODE);
                cognito.runtime.send(new ForgotPasswordCommand(TestCognito.SECRET_CLIENT, secretHash, "jane"));
                assertThat(cognito.lastCode(TestCognito.POOL, "jane", MessageKind.FORGOT_PASSWORD))
                        .isEqualTo(RESET_CODE);
                assertThatThrownBy(() -> cognito.runtime.send(new ConfirmForgotPasswordCommand(
                        TestCognito.SECRET_CLIENT, secretHash, "jane", WRONG_RESET_CODE, NEW_PASSWORD)))
                        .isInstanceOf(CognitoException.class);
                cognito.runtime.send(new ConfirmForgotPasswordCommand(TestCognito.SECRET_CLIENT, secretHash, "jane",
                        RESET_CODE, NEW_PASSWORD));
                cognito.runtime.send(new AdminSetUserPasswordCommand(TestCognito.POOL, "kim", ADMIN_SET_PASSWORD,
                        true));
                cognito.ids.nextCodes(ADMIN_RESET_CODE);
                cognito.runtime.send(new AdminResetUserPasswordCommand(TestCognito.POOL, "jane"));
                assertThat(cognito.lastCode(TestCognito.POOL, "jane", MessageKind.FORGOT_PASSWORD))
                        .isEqualTo(ADMIN_RESET_CODE);

                List<? extends TrackedEventMessage<?>> log =
                        cognito.storage.eventStorageEngine().readEvents(null, false).toList();
                ObjectMapper mapper = CognitoRuntime.eventObjectMapper();
                StringBuilder stored = new StringBuilder();
                for (TrackedEventMessage<?> event : log) {
                    stored.append(mapper.writeValueAsString(event.getPayload()));
                    stored.append(mapper.writeValueAsString(event.getMetaData()));
                }

                assertThat(log).hasSizeGreaterThanOrEqualTo(16);
                assertThat(log).extracting(event -> event.getPayloadType().getSimpleName()).contains(
                        "PasswordResetCodeSentEvent", "PasswordResetAttemptFailedEvent", "PasswordResetEvent",
                        "PasswordSetByAdministratorEvent", "PasswordResetRequiredEvent");
                assertThat(stored.toString())
                        .contains("jane@example.com")
                        .doesNotContain(PASSWORD, SIGN_UP_CODE, WRONG_CODE, TEMPORARY_PASSWORD,
                                generatedTemporaryPassword, TestCognito.CLIENT_SECRET, secretHash, RESET_CODE,
                                WRONG_RESET_CODE, NEW_PASSWORD, ADMIN_SET_PASSWORD, ADMIN_RESET_CODE,
                                challenge.session(), challenge.challengeParameters().get("SECRET_BLOCK"),
                                responses.get("PASSWORD_CLAIM_SIGNATURE"), tokens.idToken(), tokens.accessToken(),
                                refreshToken, refreshed.idToken(), refreshed.accessToken());
            }
        }
    }

    static String secretHash(String username, String clientId, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
    }
}
