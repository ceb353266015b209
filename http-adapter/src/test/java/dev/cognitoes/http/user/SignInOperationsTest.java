package dev.cognitoes.http.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cognitoes.auth.srp.SrpGroup;
import dev.cognitoes.auth.srp.SrpTestClient;
import dev.cognitoes.auth.token.AccessTokenClaims;
import dev.cognitoes.auth.token.AccessTokenVerifier;
import dev.cognitoes.http.RunningServer;
import dev.cognitoes.http.RunningServer.WireResponse;
import dev.cognitoes.testkit.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

class SignInOperationsTest {

    static final Instant T0 = Instant.parse("2026-03-04T05:06:07Z");
    static final String PASSWORD = "Correct-Horse-1";
    static final String TEMPORARY = "Temporary-Horse-1";
    static final String INCORRECT = "Incorrect username or password.";
    static final String INVALID_SESSION = "Invalid session for the user.";
    static final ObjectMapper JSON = new ObjectMapper();

    static final TestClock clock = new TestClock(T0);

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().clock(clock).build();

    final CognitoIdentityProviderClient cognito = server.sdkClient();
    String poolId;
    String srpClient;
    String passwordClient;
    String maskingClient;
    String secretClient;
    String clientSecret;
    String legacyClient;

    @BeforeEach
    void poolWithClients() {
        poolId = cognito.createUserPool(r -> r.poolName("sign-in").schema(SchemaAttributeType.builder()
                .name("name").attributeDataType(AttributeDataType.STRING).required(true).mutable(true).build()))
                .userPool().id();
        srpClient = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("spa"))
                .userPoolClient().clientId();
        passwordClient = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("password")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.LEGACY)).userPoolClient().clientId();
        maskingClient = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("masking")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).userPoolClient().clientId();
        var secret = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("server").generateSecret(true)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient();
        secretClient = secret.clientId();
        clientSecret = secret.clientSecret();
        legacyClient = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("legacy")
                .explicitAuthFlows(ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH)).userPoolClient().clientId();
    }

    String confirmedUser(String username) {
        String sub = cognito.signUp(r -> r.clientId(srpClient).username(username).password(PASSWORD)
                .userAttributes(a -> a.name("name").value("Jane"))).userSub();
        cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username(username));
        return sub;
    }

    void invitedUser(String username) {
        cognito.adminCreateUser(r -> r.userPoolId(poolId).username(username).temporaryPassword(TEMPORARY)
                .messageAction(MessageActionType.SUPPRESS).userAttributes(
                        a -> a.name("email").value(username + "@example.com"), a -> a.name("name").value("Kim")));
    }

    InitiateAuthResponse passwordSignIn(String client, String username, String password) {
        return cognito.initiateAuth(r -> r.clientId(client).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", username, "PASSWORD", password)));
    }

    InitiateAuthResponse srpStart(String client, String username, SrpTestClient srp) {
        return cognito.initiateAuth(r -> r.clientId(client).authFlow(AuthFlowType.USER_SRP_AUTH)
                .authParameters(Map.of("USERNAME", username, "SRP_A", srp.srpA())));
    }

    RespondToAuthChallengeResponse srpAnswer(String client, InitiateAuthResponse challenge, SrpTestClient srp,
                                             String password, String session) {
        Map<String, String> responses = srp.respond(challenge.challengeParameters(), password, clock.instant());
        return cognito.respondToAuthChallenge(r -> r.clientId(client).challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                .session(session).challengeResponses(responses));
    }

    AuthenticationResultType srpSignIn(String client, String username, String password) {
        SrpTestClient srp = new SrpTestClient(poolId);
        InitiateAuthResponse challenge = srpStart(client, username, srp);
        return srpAnswer(client, challenge, srp, password, challenge.session()).authenticationResult();
    }

    AccessTokenClaims verified(String accessToken) {
        return server.runtime().component(AccessTokenVerifier.class).verify(accessToken);
    }

    static String secretHash(String username, String clientId, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((username + clientId)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertRefused(ThrowingCallable call, Class<? extends CognitoIdentityProviderException> type,
                              String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    }

    @Nested
    @DisplayName("when a user signs in with a password")
    class WithPassword {

        @Test
        @DisplayName("the right password gets ID, access and refresh tokens and no challenge")
        void signsIn() {
            String sub = confirmedUser("jane");

            InitiateAuthResponse response = passwordSignIn(passwordClient, "jane", PASSWORD);

            assertThat(response.challengeName()).isNull();
            assertThat(response.session()).isNull();
            AuthenticationResultType tokens = response.authenticationResult();
            assertThat(tokens.expiresIn()).isEqualTo(3600);
            assertThat(tokens.tokenType()).isEqualTo("Bearer");
            assertThat(tokens.idToken()).isNotBlank();
            assertThat(tokens.refreshToken()).isNotBlank();
            AccessTokenClaims claims = verified(tokens.accessToken());
            assertThat(claims.sub()).isEqualTo(sub);
            assertThat(claims.username()).isEqualTo("jane");
            assertThat(claims.clientId()).isEqualTo(passwordClient);
        }

        @Test
        @DisplayName("the wire answer carries AuthenticationResult and empty ChallengeParameters")
        void wireShape() {
            confirmedUser("raw");

            WireResponse response = server.call("InitiateAuth", "{\"ClientId\":\"" + passwordClient
                    + "\",\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"AuthParameters\":{\"USERNAME\":\"raw\",\"PASSWORD\":\""
                    + PASSWORD + "\"}}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("AuthenticationResult", "ChallengeParameters");
            assertThat(response.body().get("AuthenticationResult").fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("AccessToken", "ExpiresIn", "TokenType", "RefreshToken", "IdToken");
        }

        @Test
        @DisplayName("a wrong password is refused")
        void wrongPassword() {
            confirmedUser("jane");

            assertRefused(() -> passwordSignIn(passwordClient, "jane", "Wrong-Horse-1"), NotAuthorizedException.class,
                    INCORRECT);
        }

        @Test
        @DisplayName("an unknown user is named as such, unless the client prevents user existence errors")
        void unknownUser() {
            assertRefused(() -> passwordSignIn(passwordClient, "nobody", PASSWORD), UserNotFoundException.class,
                    "User does not exist.");
            assertRefused(() -> passwordSignIn(maskingClient, "nobody", PASSWORD), NotAuthorizedException.class,
                    INCORRECT);
        }

        @Test
        @DisplayName("an unconfirmed user with the right password is told to confirm")
        void unconfirmed() {
            cognito.signUp(r -> r.clientId(srpClient).username("new").password(PASSWORD)
                    .userAttributes(a -> a.name("name").value("New")));

            assertRefused(() -> passwordSignIn(passwordClient, "new", PASSWORD), UserNotConfirmedException.class,
                    "User is not confirmed.");
        }

        @Test
        @DisplayName("AdminInitiateAuth signs in with ADMIN_USER_PASSWORD_AUTH and its old name ADMIN_NO_SRP_AUTH")
        void administrator() {
            confirmedUser("jane");

            AdminInitiateAuthResponse current = cognito.adminInitiateAuth(r -> r.userPoolId(poolId)
                    .clientId(passwordClient).authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD)));
            AdminInitiateAuthResponse legacy = cognito.adminInitiateAuth(r -> r.userPoolId(poolId)
                    .clientId(legacyClient).authFlow(AuthFlowType.ADMIN_NO_SRP_AUTH)
                    .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD)));

            assertThat(verified(current.authenticationResult().accessToken()).username()).isEqualTo("jane");
            assertThat(verified(legacy.authenticationResult().accessToken()).clientId()).isEqualTo(legacyClient);
        }
    }

    @Nested
    @DisplayName("when a client's ExplicitAuthFlows or secret stand in the way")
    class ClientRules {

        @Test
        @DisplayName("a flow the client does not allow is refused, and each operation offers only its flows")
        void flows() {
            confirmedUser("jane");

            assertRefused(() -> passwordSignIn(srpClient, "jane", PASSWORD), InvalidParameterException.class,
                    "USER_PASSWORD_AUTH flow not enabled for this client");
            assertRefused(() -> cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(srpClient)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))),
                    InvalidParameterException.class, "Auth flow not enabled for this client");
            assertRefused(() -> srpStart(secretClient, "jane", new SrpTestClient(poolId)),
                    InvalidParameterException.class, "Auth flow not enabled for this client");
            assertRefused(() -> cognito.initiateAuth(r -> r.clientId(passwordClient)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
                    .authParameters(Map.of("USERNAME", "jane", "PASSWORD", PASSWORD))),
                    InvalidParameterException.class, "Initiate Auth method not supported.");
        }

        @Test
        @DisplayName("a client with a secret needs SECRET_HASH, and refreshing accepts it made with the sub")
        void secrets() {
            String sub = confirmedUser("jane");
            Map<String, String> withoutHash = Map.of("USERNAME", "jane", "PASSWORD", PASSWORD);

            assertRefused(() -> cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(secretClient)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(withoutHash)),
                    NotAuthorizedException.class,
                    "Client " + secretClient + " is configured with secret but SECRET_HASH was not received");
            Map<String, String> withHash = new HashMap<>(withoutHash);
            withHash.put("SECRET_HASH", secretHash("jane", secretClient, clientSecret));
            String refreshToken = cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(secretClient)
                    .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(withHash))
                    .authenticationResult().refreshToken();

            AdminInitiateAuthResponse refreshed = cognito.adminInitiateAuth(r -> r.userPoolId(poolId)
                    .clientId(secretClient).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of(
                            "REFRESH_TOKEN", refreshToken, "SECRET_HASH", secretHash(sub, secretClient, clientSecret))));
            assertThat(verified(refreshed.authenticationResult().accessToken()).sub()).isEqualTo(sub);
            assertRefused(() -> cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(secretClient)
                    .authFlow(AuthFlowType.REFRESH_TOKEN_AUTH).authParameters(Map.of("REFRESH_TOKEN", refreshToken,
                            "SECRET_HASH", secretHash("someone", secretClient, clientSecret)))),
                    NotAuthorizedException.class, "Unable to verify secret hash for client " + secretClient);
        }
    }

    @Nested
    @DisplayName("when a user signs in with SRP")
    class WithSrp {

        @Test
        @DisplayName("the PASSWORD_VERIFIER challenge answered with the right password gets tokens")
        void signsIn() {
            String sub = confirmedUser("jane");
            SrpTestClient srp = new SrpTestClient(poolId);

            InitiateAuthResponse challenge = srpStart(srpClient, "jane", srp);

            assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
            assertThat(challenge.authenticationResult()).isNull();
            assertThat(challenge.challengeParameters()).containsKeys("SRP_B", "SALT", "SECRET_BLOCK")
                    .containsEntry("USER_ID_FOR_SRP", "jane").containsEntry("USERNAME", "jane");
            assertThat(challenge.session()).hasSizeBetween(20, 2048);
            RespondToAuthChallengeResponse answer = srpAnswer(srpClient, challenge, srp, PASSWORD,
                    challenge.session());
            assertThat(answer.challengeName()).isNull();
            assertThat(verified(answer.authenticationResult().accessToken()).sub()).isEqualTo(sub);
        }

        @Test
        @DisplayName("clients that answer without the Session sign in too")
        void withoutSession() {
            confirmedUser("jane");
            SrpTestClient srp = new SrpTestClient(poolId);
            InitiateAuthResponse challenge = srpStart(srpClient, "jane", srp);

            assertThat(srpAnswer(srpClient, challenge, srp, PASSWORD, null).authenticationResult().accessToken())
                    .isNotBlank();
        }

        @Test
        @DisplayName("a wrong password is refused")
        void wrongPassword() {
            confirmedUser("jane");

            assertRefused(() -> srpSignIn(srpClient, "jane", "Wrong-Horse-1"), NotAuthorizedException.class,
                    INCORRECT);
        }

        @Test
        @DisplayName("an answer is accepted once, in time, for its own user only")
        void sessions() {
            confirmedUser("jane");
            confirmedUser("kim");
            SrpTestClient srp = new SrpTestClient(poolId);
            InitiateAuthResponse challenge = srpStart(srpClient, "jane", srp);
            Map<String, String> responses = srp.respond(challenge.challengeParameters(), PASSWORD, clock.instant());
            cognito.respondToAuthChallenge(r -> r.clientId(srpClient).challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                    .session(challenge.session()).challengeResponses(responses));

            assertRefused(() -> cognito.respondToAuthChallenge(r -> r.clientId(srpClient)
                    .challengeName(ChallengeNameType.PASSWORD_VERIFIER).session(challenge.session())
                    .challengeResponses(responses)), NotAuthorizedException.class, INVALID_SESSION);

            SrpTestClient kimSrp = new SrpTestClient(poolId);
            InitiateAuthResponse kims = srpStart(srpClient, "kim", kimSrp);
            Map<String, String> asJane = new HashMap<>(kimSrp.respond(kims.challengeParameters(), PASSWORD,
                    clock.instant()));
            asJane.put("USERNAME", "jane");
            assertRefused(() -> cognito.respondToAuthChallenge(r -> r.clientId(srpClient)
                    .challengeName(ChallengeNameType.PASSWORD_VERIFIER).session(kims.session())
                    .challengeResponses(asJane)), NotAuthorizedException.class, INVALID_SESSION);

            SrpTestClient late = new SrpTestClient(poolId);
            InitiateAuthResponse lateChallenge = srpStart(srpClient, "jane", late);
            clock.advance(Duration.ofMinutes(3).plusSeconds(1));
            assertRefused(() -> srpAnswer(srpClient, lateChallenge, late, PASSWORD, lateChallenge.session()),
                    NotAuthorizedException.class, "Invalid session for the user, session is expired.");
        }

        @Test
        @DisplayName("SRP_A of zero modulo N is refused")
        void degenerateA() {
            confirmedUser("jane");

            assertThatThrownBy(() -> cognito.initiateAuth(r -> r.clientId(srpClient)
                    .authFlow(AuthFlowType.USER_SRP_AUTH)
                    .authParameters(Map.of("USERNAME", "jane", "SRP_A", SrpGroup.N.shiftLeft(1).toString(16)))))
                    .isInstanceOf(InvalidParameterException.class);
        }

        @Test
        @DisplayName("an unknown user gets a plausible challenge with the same salt every time, then a refusal")
        void unknownUser() {
            InitiateAuthResponse first = srpStart(maskingClient, "nobody", new SrpTestClient(poolId));
            SrpTestClient srp = new SrpTestClient(poolId);
            InitiateAuthResponse second = srpStart(maskingClient, "nobody", srp);

            assertThat(second.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
            assertThat(second.challengeParameters().get("SALT")).isEqualTo(first.challengeParameters().get("SALT"));
            assertThat(second.challengeParameters().get("SRP_B")).isNotEqualTo(first.challengeParameters().get("SRP_B"));
            assertRefused(() -> srpAnswer(maskingClient, second, srp, PASSWORD, second.session()),
                    NotAuthorizedException.class, INCORRECT);
            assertRefused(() -> srpStart(srpClient, "nobody", new SrpTestClient(poolId)),
                    UserNotFoundException.class, "User does not exist.");
        }
    }

    @Nested
    @DisplayName("when a user invited by an administrator signs in for the first time")
    class NewPasswordRequired {

        @Test
        @DisplayName("the temporary password gets NEW_PASSWORD_REQUIRED with the user's attributes and none missing")
        void challenge() throws Exception {
            invitedUser("kim");

            InitiateAuthResponse response = passwordSignIn(passwordClient, "kim", TEMPORARY);

            assertThat(response.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
            assertThat(response.authenticationResult()).isNull();
            assertThat(response.challengeParameters()).containsEntry("USER_ID_FOR_SRP", "kim")
                    .containsEntry("requiredAttributes", "[]");
            JsonNode attributes = JSON.readTree(response.challengeParameters().get("userAttributes"));
            assertThat(attributes.path("email").asText()).isEqualTo("kim@example.com");
            assertThat(attributes.has("sub")).isFalse();
        }

        @Test
        @DisplayName("answering with a new password and attributes confirms the user, sets them and signs in, once")
        void answer() {
            invitedUser("kim");
            InitiateAuthResponse challenge = passwordSignIn(passwordClient, "kim", TEMPORARY);

            assertRefused(() -> newPassword(challenge.session(), Map.of("USERNAME", "kim", "NEW_PASSWORD", PASSWORD,
                    "userAttributes.name", "")), InvalidParameterException.class,
                    "Invalid attributes given, name is missing");
            assertRefused(() -> newPassword(challenge.session(), Map.of("USERNAME", "kim", "NEW_PASSWORD", "short",
                    "userAttributes.name", "Kim")), InvalidPasswordException.class,
                    "Password did not conform with policy: Password not long enough");
            RespondToAuthChallengeResponse answered = newPassword(challenge.session(), Map.of("USERNAME", "kim",
                    "NEW_PASSWORD", PASSWORD, "userAttributes.name", "Kimberly"));

            assertThat(answered.authenticationResult().refreshToken()).isNotBlank();
            var kim = cognito.adminGetUser(r -> r.userPoolId(poolId).username("kim"));
            assertThat(kim.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
            assertThat(kim.userAttributes()).anySatisfy(a -> {
                assertThat(a.name()).isEqualTo("name");
                assertThat(a.value()).isEqualTo("Kimberly");
            });
            assertRefused(() -> newPassword(challenge.session(), Map.of("USERNAME", "kim", "NEW_PASSWORD",
                    "Another-Horse-2", "userAttributes.name", "Kim")), NotAuthorizedException.class, INVALID_SESSION);
            assertThat(passwordSignIn(passwordClient, "kim", PASSWORD).authenticationResult()).isNotNull();
            assertRefused(() -> passwordSignIn(passwordClient, "kim", TEMPORARY), NotAuthorizedException.class,
                    INCORRECT);
        }

        @Test
        @DisplayName("SRP with the temporary password leads to the same challenge")
        void withSrp() {
            invitedUser("kim");
            SrpTestClient srp = new SrpTestClient(poolId);
            InitiateAuthResponse challenge = srpStart(srpClient, "kim", srp);

            RespondToAuthChallengeResponse next = srpAnswer(srpClient, challenge, srp, TEMPORARY, challenge.session());

            assertThat(next.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
            assertThat(next.authenticationResult()).isNull();
            assertThat(cognito.adminRespondToAuthChallenge(r -> r.userPoolId(poolId).clientId(srpClient)
                    .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(next.session())
                    .challengeResponses(Map.of("USERNAME", "kim", "NEW_PASSWORD", PASSWORD,
                            "userAttributes.name", "Kim"))).authenticationResult().accessToken()).isNotBlank();
        }

        @Test
        @DisplayName("another user's session is refused")
        void otherUser() {
            invitedUser("kim");
            confirmedUser("jane");
            InitiateAuthResponse challenge = passwordSignIn(passwordClient, "kim", TEMPORARY);

            assertRefused(() -> newPassword(challenge.session(), Map.of("USERNAME", "jane", "NEW_PASSWORD", PASSWORD,
                    "userAttributes.name", "Kim")), NotAuthorizedException.class, INVALID_SESSION);
        }

        RespondToAuthChallengeResponse newPassword(String session, Map<String, String> responses) {
            return cognito.respondToAuthChallenge(r -> r.clientId(passwordClient)
                    .challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED).session(session)
                    .challengeResponses(responses));
        }
    }

    @Nested
    @DisplayName("when tokens are refreshed")
    class Refresh {

        @Test
        @DisplayName("the refresh token gets new ID and access tokens of the same sign-in session, without a new refresh token")
        void refreshes() {
            confirmedUser("jane");
            AuthenticationResultType signedIn = srpSignIn(srpClient, "jane", PASSWORD);

            for (AuthFlowType flow : new AuthFlowType[] {AuthFlowType.REFRESH_TOKEN_AUTH, AuthFlowType.REFRESH_TOKEN}) {
                AuthenticationResultType refreshed = cognito.initiateAuth(r -> r.clientId(srpClient).authFlow(flow)
                        .authParameters(Map.of("REFRESH_TOKEN", signedIn.refreshToken()))).authenticationResult();

                assertThat(refreshed.refreshToken()).isNull();
                assertThat(refreshed.idToken()).isNotBlank();
                assertThat(verified(refreshed.accessToken()).originJti())
                        .isEqualTo(verified(signedIn.accessToken()).originJti());
            }
        }

        @Test
        @DisplayName("a forged, foreign or expired refresh token is refused")
        void refusals() {
            confirmedUser("jane");
            String refreshToken = srpSignIn(srpClient, "jane", PASSWORD).refreshToken();

            assertRefused(() -> refresh(srpClient, refreshToken + "x"), NotAuthorizedException.class,
                    "Invalid Refresh Token");
            assertRefused(() -> refresh(passwordClient, refreshToken), NotAuthorizedException.class,
                    "Invalid Refresh Token");
            clock.advance(Duration.ofDays(30));
            assertRefused(() -> refresh(srpClient, refreshToken), NotAuthorizedException.class,
                    "Refresh Token has expired");
        }

        InitiateAuthResponse refresh(String client, String refreshToken) {
            return cognito.initiateAuth(r -> r.clientId(client).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                    .authParameters(Map.of("REFRESH_TOKEN", refreshToken)));
        }
    }

    @Nested
    @DisplayName("when sign-ins fail again and again")
    class Lockout {

        @Test
        @DisplayName("after five failures even the right password is refused until the lockout ends")
        void locksOut() {
            confirmedUser("jane");
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertRefused(() -> passwordSignIn(passwordClient, "jane", "Wrong-Horse-1"),
                        NotAuthorizedException.class, INCORRECT);
            }

            assertRefused(() -> passwordSignIn(passwordClient, "jane", PASSWORD), NotAuthorizedException.class,
                    "Password attempts exceeded");
            assertRefused(() -> srpSignIn(srpClient, "jane", PASSWORD), NotAuthorizedException.class,
                    "Password attempts exceeded");
            clock.advance(Duration.ofSeconds(1));
            assertThat(passwordSignIn(passwordClient, "jane", PASSWORD).authenticationResult()).isNotNull();
        }
    }
}
