package dev.cognitoes.http.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.auth.srp.SrpTestClient;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.http.RunningServer;
import dev.cognitoes.storage.inmemory.InMemoryStorageModule;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class NoSecretsOverHttpTest {

    static final String PASSWORD = "Plaintext-Pa55word!";
    static final String REFUSED_PASSWORD = "refusedpassword-no-capitals-7";
    static final String TEMPORARY_PASSWORD = "Temporary-Pa55!";
    // Eight digits, so that the check cannot be fooled by a six-digit run that happens to occur in a hex verifier.
    static final String SIGN_UP_CODE = "40917325";
    static final String WRONG_CODE = "58203146";
    static final String RESET_CODE = "71640293";
    static final String WRONG_RESET_CODE = "39271564";
    static final String NEW_PASSWORD = "Reset-Pa55word!";
    static final String ADMIN_SET_PASSWORD = "Admin-Set-Pa55!";
    static final String CHANGED_PASSWORD = "Changed-Pa55word!";
    static final String WRONG_PREVIOUS_PASSWORD = "Wrong-Previous-Pa55!";
    static final Iterator<String> CODES = List.of(SIGN_UP_CODE, RESET_CODE).iterator();

    static final InMemoryStorageModule storage = new InMemoryStorageModule();

    @RegisterExtension
    static final RunningServer server = RunningServer.builder()
            .runtime(runtime -> runtime.storage(storage))
            .codeGenerator(CODES::next)
            .build();

    final CognitoIdentityProviderClient cognito = server.sdkClient();

    @Nested
    @DisplayName("when a full scenario has run over HTTP")
    class FullScenario {

        @Test
        @DisplayName("no password, code, temporary password, reset code, new password, client secret, secret hash, "
                + "session, SRP value or token is in the event log or in anything the server logged")
        void nothingSecretIsKept() throws Exception {
            ByteArrayOutputStream logged = new ByteArrayOutputStream();
            PrintStream out = System.out;
            PrintStream err = System.err;
            System.setOut(new PrintStream(new Tee(out, logged), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(err, logged), true, StandardCharsets.UTF_8));
            Secrets secrets;
            try {
                secrets = runScenario();
            } finally {
                System.setOut(out);
                System.setErr(err);
            }

            String events = serializedEventLog();
            String log = logged.toString(StandardCharsets.UTF_8);

            assertThat(events).contains("jane@example.com", "kim@example.com");
            assertThat(log).contains("SIGN_UP message for user jane", "INVITATION message for user kim",
                    "FORGOT_PASSWORD message for user jane");
            for (String secret : secrets.all()) {
                assertThat(events).as("event log").doesNotContain(secret);
                assertThat(log).as("server log").doesNotContain(secret);
            }
        }
    }

    record Secrets(String clientSecret, String secretHash, String generatedTemporaryPassword,
                   List<String> signInSecrets) {
        List<String> all() {
            List<String> all = new ArrayList<>(List.of(PASSWORD, REFUSED_PASSWORD, TEMPORARY_PASSWORD, SIGN_UP_CODE,
                    WRONG_CODE, RESET_CODE, WRONG_RESET_CODE, NEW_PASSWORD, ADMIN_SET_PASSWORD, CHANGED_PASSWORD,
                    WRONG_PREVIOUS_PASSWORD, clientSecret, secretHash, generatedTemporaryPassword));
            all.addAll(signInSecrets);
            return all;
        }
    }

    Secrets runScenario() {
        String poolId = cognito.createUserPool(r -> r.poolName("secrets")
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
        UserPoolClientType client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("server")
                .generateSecret(true)).userPoolClient();
        String secretHash = UserOperationsTest.secretHash("jane", client.clientId(), client.clientSecret());
        AttributeType email = AttributeType.builder().name("email").value("jane@example.com").build();

        assertThatThrownBy(() -> cognito.signUp(r -> r.clientId(client.clientId()).secretHash(secretHash)
                .username("jane").password(REFUSED_PASSWORD).userAttributes(email)))
                .isInstanceOf(InvalidPasswordException.class);
        cognito.signUp(r -> r.clientId(client.clientId()).secretHash(secretHash).username("jane").password(PASSWORD)
                .userAttributes(email));
        assertThat(server.lastCode(poolId, "jane", "SIGN_UP")).isEqualTo(SIGN_UP_CODE);
        assertThatThrownBy(() -> cognito.confirmSignUp(r -> r.clientId(client.clientId()).secretHash(secretHash)
                .username("jane").confirmationCode(WRONG_CODE))).isInstanceOf(CodeMismatchException.class);
        cognito.confirmSignUp(r -> r.clientId(client.clientId()).secretHash(secretHash).username("jane")
                .confirmationCode(SIGN_UP_CODE));

        cognito.adminCreateUser(r -> r.userPoolId(poolId).username("kim").temporaryPassword(TEMPORARY_PASSWORD)
                .userAttributes(AttributeType.builder().name("email").value("kim@example.com").build())
                .desiredDeliveryMediums(DeliveryMediumType.EMAIL));
        cognito.adminCreateUser(r -> r.userPoolId(poolId).username("kim").messageAction(MessageActionType.RESEND)
                .desiredDeliveryMediums(DeliveryMediumType.EMAIL));
        String generated = server.lastCode(poolId, "kim", "INVITATION");
        assertThat(generated).isNotEqualTo(TEMPORARY_PASSWORD);

        cognito.forgotPassword(r -> r.clientId(client.clientId()).secretHash(secretHash).username("jane"));
        assertThat(server.lastCode(poolId, "jane", "FORGOT_PASSWORD")).isEqualTo(RESET_CODE);
        assertThatThrownBy(() -> cognito.confirmForgotPassword(r -> r.clientId(client.clientId())
                .secretHash(secretHash).username("jane").confirmationCode(WRONG_RESET_CODE).password(NEW_PASSWORD)))
                .isInstanceOf(CodeMismatchException.class);
        cognito.confirmForgotPassword(r -> r.clientId(client.clientId()).secretHash(secretHash).username("jane")
                .confirmationCode(RESET_CODE).password(NEW_PASSWORD));
        cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("kim").password(ADMIN_SET_PASSWORD)
                .permanent(true));
        return new Secrets(client.clientSecret(), secretHash, generated,
                signInAndOut(poolId, client, secretHash));
    }

    /** Signs jane in with SRP, refreshes, changes the password, revokes and signs out; the values to keep secret. */
    List<String> signInAndOut(String poolId, UserPoolClientType client, String secretHash) {
        List<String> secrets = new ArrayList<>();
        SrpTestClient srp = new SrpTestClient(poolId);
        InitiateAuthResponse challenge = cognito.initiateAuth(r -> r.clientId(client.clientId())
                .authFlow(AuthFlowType.USER_SRP_AUTH).authParameters(Map.of("USERNAME", "jane", "SRP_A", srp.srpA(),
                        "SECRET_HASH", secretHash)));
        Map<String, String> responses = new HashMap<>(srp.respond(challenge.challengeParameters(), NEW_PASSWORD,
                Instant.now()));
        responses.put("SECRET_HASH", secretHash);
        AuthenticationResultType tokens = cognito.respondToAuthChallenge(r -> r.clientId(client.clientId())
                .challengeName(ChallengeNameType.PASSWORD_VERIFIER).session(challenge.session())
                .challengeResponses(responses)).authenticationResult();
        secrets.addAll(List.of(srp.srpA(), challenge.session(), challenge.challengeParameters().get("SRP_B"),
                challenge.challengeParameters().get("SECRET_BLOCK"), responses.get("PASSWORD_CLAIM_SIGNATURE")));
        secrets.addAll(tokenValues(tokens));

        secrets.addAll(tokenValues(cognito.initiateAuth(r -> r.clientId(client.clientId())
                .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of("REFRESH_TOKEN",
                        tokens.refreshToken(), "SECRET_HASH", secretHash))).authenticationResult()));
        secrets.addAll(tokenValues(cognito.getTokensFromRefreshToken(r -> r.clientId(client.clientId())
                .clientSecret(client.clientSecret()).refreshToken(tokens.refreshToken())).authenticationResult()));
        assertThat(cognito.getUser(r -> r.accessToken(tokens.accessToken())).username()).isEqualTo("jane");
        assertThatThrownBy(() -> cognito.changePassword(r -> r.accessToken(tokens.accessToken())
                .previousPassword(WRONG_PREVIOUS_PASSWORD).proposedPassword(CHANGED_PASSWORD)))
                .isInstanceOf(NotAuthorizedException.class);
        cognito.changePassword(r -> r.accessToken(tokens.accessToken()).previousPassword(NEW_PASSWORD)
                .proposedPassword(CHANGED_PASSWORD));

        UserPoolClientType rotating = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("rotating")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .refreshTokenRotation(t -> t.feature(FeatureType.ENABLED))).userPoolClient();
        AuthenticationResultType second = cognito.initiateAuth(r -> r.clientId(rotating.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "jane",
                        "PASSWORD", CHANGED_PASSWORD))).authenticationResult();
        AuthenticationResultType rotated = cognito.getTokensFromRefreshToken(r -> r.clientId(rotating.clientId())
                .refreshToken(second.refreshToken())).authenticationResult();
        secrets.addAll(tokenValues(second));
        secrets.addAll(tokenValues(rotated));
        cognito.revokeToken(r -> r.clientId(rotating.clientId()).token(rotated.refreshToken()));

        cognito.globalSignOut(r -> r.accessToken(tokens.accessToken()));
        assertThatThrownBy(() -> cognito.getUser(r -> r.accessToken(tokens.accessToken())))
                .isInstanceOf(NotAuthorizedException.class);
        cognito.adminUserGlobalSignOut(r -> r.userPoolId(poolId).username("jane"));
        return secrets;
    }

    static List<String> tokenValues(AuthenticationResultType tokens) {
        List<String> values = new ArrayList<>(List.of(tokens.idToken(), tokens.accessToken()));
        if (tokens.refreshToken() != null) {
            values.add(tokens.refreshToken());
        }
        return values;
    }

    static String serializedEventLog() throws Exception {
        ObjectMapper mapper = CognitoRuntime.eventObjectMapper();
        List<? extends TrackedEventMessage<?>> log = storage.eventStorageEngine().readEvents(null, false).toList();
        assertThat(log).hasSizeGreaterThanOrEqualTo(10);
        StringBuilder stored = new StringBuilder();
        for (TrackedEventMessage<?> event : log) {
            stored.append(mapper.writeValueAsString(event.getPayload()));
            stored.append(mapper.writeValueAsString(event.getMetaData()));
        }
        return stored.toString();
    }

    /** Writes everything to the stream it replaces and to a capture. */
    static final class Tee extends OutputStream {
        private final OutputStream original;
        private final OutputStream capture;

        Tee(OutputStream original, OutputStream capture) {
            this.original = original;
            this.capture = capture;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            original.write(b);
            capture.write(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            original.write(bytes, offset, length);
            capture.write(bytes, offset, length);
        }

        @Override
        public void flush() throws java.io.IOException {
            original.flush();
        }
    }
}
