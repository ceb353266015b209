package dev.cognitoes.http.user;

import static dev.cognitoes.http.user.SignInOperationsTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.http.RunningServer;
import dev.cognitoes.http.RunningServer.WireResponse;
import dev.cognitoes.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordResetRequiredException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenReuseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnauthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

class TokenOperationsTest {

    static final String PASSWORD = "Correct-Horse-1";
    static final String NEW_PASSWORD = "Battery-Staple-2";
    static final String REVOKED = "Access Token has been revoked";
    static final String INCORRECT = "Incorrect username or password.";

    static final TestClock clock = new TestClock(Instant.parse("2026-03-04T05:06:07Z"));

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().clock(clock).build();

    final CognitoIdentityProviderClient cognito = server.sdkClient();
    String poolId;
    String client;
    String quietClient;
    String rotatingClient;
    String secretClient;
    String clientSecret;

    @BeforeEach
    void poolWithClients() {
        poolId = cognito.createUserPool(r -> r.poolName("tokens")).userPool().id();
        client = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("app")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();
        quietClient = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("quiet")
                .enableTokenRevocation(false).explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();
        rotatingClient = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("rotating")
                .refreshTokenRotation(t -> t.feature(FeatureType.ENABLED).retryGracePeriodSeconds(5))
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient().clientId();
        var secret = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("server")
                .generateSecret(true).explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient();
        secretClient = secret.clientId();
        clientSecret = secret.clientSecret();
        cognito.signUp(r -> r.clientId(client).username("jane").password(PASSWORD)
                .userAttributes(AttributeType.builder().name("email").value("jane@example.com").build()));
        cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("jane"));
    }

    AuthenticationResultType signIn(String clientId, String password) {
        return cognito.initiateAuth(r -> r.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", "jane", "PASSWORD", password))).authenticationResult();
    }

    AuthenticationResultType signIn() {
        return signIn(client, PASSWORD);
    }

    AuthenticationResultType secretSignIn() {
        return cognito.adminInitiateAuth(r -> r.userPoolId(poolId).clientId(secretClient)
                .authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH).authParameters(Map.of("USERNAME", "jane",
                        "PASSWORD", PASSWORD, "SECRET_HASH", SignInOperationsTest.secretHash("jane", secretClient,
                                clientSecret)))).authenticationResult();
    }

    GetUserResponse getUser(String accessToken) {
        return cognito.getUser(r -> r.accessToken(accessToken));
    }

    AuthenticationResultType refresh(String clientId, String refreshToken) {
        return cognito.getTokensFromRefreshToken(r -> r.clientId(clientId).refreshToken(refreshToken))
                .authenticationResult();
    }

    @Nested
    @DisplayName("when GetUser is called")
    class GetUser {

        @Test
        @DisplayName("the access token finds the username and attributes")
        void findsTheUser() {
            GetUserResponse user = getUser(signIn().accessToken());

            assertThat(user.username()).isEqualTo("jane");
            assertThat(user.userAttributes()).extracting(AttributeType::name).contains("sub", "email");
            assertThat(user.mfaOptions()).isEmpty();
        }

        @Test
        @DisplayName("the wire answer has Username and UserAttributes only")
        void wireShape() {
            WireResponse response = server.call("GetUser", "{\"AccessToken\":\"" + signIn().accessToken() + "\"}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("Username", "UserAttributes");
        }

        @Test
        @DisplayName("an invalid, an expired or an ID token is refused")
        void refusals() {
            AuthenticationResultType tokens = signIn();

            assertRefused(() -> getUser("not.a.token"), NotAuthorizedException.class, "Invalid Access Token");
            assertRefused(() -> getUser(tokens.idToken()), NotAuthorizedException.class, "Invalid Access Token");
            clock.advance(Duration.ofHours(1));
            assertRefused(() -> getUser(tokens.accessToken()), NotAuthorizedException.class,
                    "Access Token has expired");
        }

        @Test
        @DisplayName("the token of a deleted user finds no user, one of a user to reset needs the reset")
        void userGoneOrReset() {
            AuthenticationResultType tokens = signIn();
            cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("jane"));

            assertRefused(() -> getUser(tokens.accessToken()), PasswordResetRequiredException.class,
                    "Password reset required for the user");
            cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("jane"));
            assertRefused(() -> getUser(tokens.accessToken()), UserNotFoundException.class, "User does not exist.");
        }
    }

    @Nested
    @DisplayName("when the user signs out everywhere")
    class SignOut {

        @Test
        @DisplayName("GlobalSignOut revokes earlier access and refresh tokens; a new sign-in works")
        void globalSignOut() {
            AuthenticationResultType tokens = signIn();
            clock.advance(Duration.ofSeconds(1));

            cognito.globalSignOut(r -> r.accessToken(tokens.accessToken()));

            assertRefused(() -> getUser(tokens.accessToken()), NotAuthorizedException.class, REVOKED);
            assertRefused(() -> cognito.globalSignOut(r -> r.accessToken(tokens.accessToken())),
                    NotAuthorizedException.class, REVOKED);
            assertRefused(() -> cognito.changePassword(r -> r.accessToken(tokens.accessToken())
                    .previousPassword(PASSWORD).proposedPassword(NEW_PASSWORD)), NotAuthorizedException.class,
                    REVOKED);
            assertRefused(() -> refresh(client, tokens.refreshToken()), NotAuthorizedException.class,
                    "Refresh Token has been revoked");
            assertRefused(() -> cognito.initiateAuth(r -> r.clientId(client).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                    .authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken()))), NotAuthorizedException.class,
                    "Refresh Token has been revoked");
            assertThat(getUser(signIn().accessToken()).username()).isEqualTo("jane");
        }

        @Test
        @DisplayName("AdminUserGlobalSignOut does the same for a user named by an administrator")
        void adminUserGlobalSignOut() {
            AuthenticationResultType tokens = signIn();

            cognito.adminUserGlobalSignOut(r -> r.userPoolId(poolId).username("jane"));

            assertRefused(() -> getUser(tokens.accessToken()), NotAuthorizedException.class, REVOKED);
            assertRefused(() -> cognito.adminUserGlobalSignOut(r -> r.userPoolId(poolId).username("nobody")),
                    UserNotFoundException.class, "User does not exist.");
            assertThatRefusedForUnknownPool();
        }

        void assertThatRefusedForUnknownPool() {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> cognito.adminUserGlobalSignOut(
                    r -> r.userPoolId("us-east-1_Missing00").username("jane"))))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Nested
    @DisplayName("when a refresh token is revoked")
    class Revoke {

        @Test
        @DisplayName("its session's tokens stop working and another session's do not")
        void revokesOneSession() {
            AuthenticationResultType revoked = signIn();
            AuthenticationResultType kept = signIn();

            cognito.revokeToken(r -> r.clientId(client).token(revoked.refreshToken()));

            assertRefused(() -> getUser(revoked.accessToken()), NotAuthorizedException.class, REVOKED);
            assertRefused(() -> refresh(client, revoked.refreshToken()), NotAuthorizedException.class,
                    "Refresh Token has been revoked");
            assertThat(getUser(kept.accessToken()).username()).isEqualTo("jane");
            assertThat(refresh(client, kept.refreshToken()).accessToken()).isNotBlank();
        }

        @Test
        @DisplayName("a client with a secret needs it")
        void clientSecret() {
            AuthenticationResultType tokens = secretSignIn();

            assertRefused(() -> cognito.revokeToken(r -> r.clientId(secretClient).token(tokens.refreshToken())),
                    UnauthorizedException.class, "Invalid client secret.");
            cognito.revokeToken(r -> r.clientId(secretClient).clientSecret(clientSecret).token(tokens.refreshToken()));
            assertRefused(() -> getUser(tokens.accessToken()), NotAuthorizedException.class, REVOKED);
        }

        @Test
        @DisplayName("a client without token revocation, an access token and another client's token are refused")
        void refusals() {
            AuthenticationResultType quiet = signIn(quietClient, PASSWORD);
            AuthenticationResultType tokens = signIn();

            assertRefused(() -> cognito.revokeToken(r -> r.clientId(quietClient).token(quiet.refreshToken())),
                    UnsupportedOperationException.class, "Token revocation is not enabled for this client");
            assertRefused(() -> cognito.revokeToken(r -> r.clientId(client).token(tokens.accessToken())),
                    UnsupportedTokenTypeException.class, "Only refresh tokens can be revoked.");
            assertRefused(() -> cognito.revokeToken(r -> r.clientId(rotatingClient).token(tokens.refreshToken())),
                    UnauthorizedException.class, "Token was not issued to this client.");
            assertThat(getUser(tokens.accessToken()).username()).isEqualTo("jane");
        }
    }

    @Nested
    @DisplayName("when the user changes the password")
    class ChangePassword {

        @Test
        @DisplayName("the new password signs in and the old one does not")
        void changes() {
            AuthenticationResultType tokens = signIn();

            cognito.changePassword(r -> r.accessToken(tokens.accessToken()).previousPassword(PASSWORD)
                    .proposedPassword(NEW_PASSWORD));

            assertThat(signIn(client, NEW_PASSWORD).accessToken()).isNotBlank();
            assertRefused(() -> signIn(client, PASSWORD), NotAuthorizedException.class, INCORRECT);
            assertThat(getUser(tokens.accessToken()).username()).isEqualTo("jane");
        }

        @Test
        @DisplayName("a wrong previous password, a weak or missing one are refused; guessing locks out")
        void refusals() {
            AuthenticationResultType tokens = signIn();

            assertRefused(() -> cognito.changePassword(r -> r.accessToken(tokens.accessToken())
                    .previousPassword(PASSWORD).proposedPassword("weak")), InvalidPasswordException.class,
                    "Password did not conform with policy: Password not long enough");
            assertRefused(() -> cognito.changePassword(r -> r.accessToken(tokens.accessToken())
                    .proposedPassword(NEW_PASSWORD)), InvalidParameterException.class,
                    "Missing required parameter PreviousPassword");
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertRefused(() -> cognito.changePassword(r -> r.accessToken(tokens.accessToken())
                        .previousPassword("Wrong-Horse-1").proposedPassword(NEW_PASSWORD)),
                        NotAuthorizedException.class, INCORRECT);
            }
            assertRefused(() -> cognito.changePassword(r -> r.accessToken(tokens.accessToken())
                    .previousPassword(PASSWORD).proposedPassword(NEW_PASSWORD)), LimitExceededException.class,
                    "Attempt limit exceeded, please try after some time.");
        }
    }

    @Nested
    @DisplayName("when tokens are got from a refresh token")
    class GetTokensFromRefreshToken {

        @Test
        @DisplayName("without rotation, ID and access tokens come back without a refresh token")
        void withoutRotation() {
            AuthenticationResultType refreshed = refresh(client, signIn().refreshToken());

            assertThat(refreshed.refreshToken()).isNull();
            assertThat(getUser(refreshed.accessToken()).username()).isEqualTo("jane");
        }

        @Test
        @DisplayName("with rotation, a new refresh token comes back and the old one ends after the grace period")
        void withRotation() {
            AuthenticationResultType tokens = signIn(rotatingClient, PASSWORD);

            AuthenticationResultType rotated = refresh(rotatingClient, tokens.refreshToken());

            assertThat(rotated.refreshToken()).isNotBlank().isNotEqualTo(tokens.refreshToken());
            clock.advance(Duration.ofSeconds(5));
            assertRefused(() -> refresh(rotatingClient, tokens.refreshToken()), RefreshTokenReuseException.class,
                    "Invalid Refresh Token");
            assertThat(refresh(rotatingClient, rotated.refreshToken()).refreshToken()).isNotBlank();
        }

        @Test
        @DisplayName("a wrong client secret, another client's or a malformed token are refused")
        void refusals() {
            AuthenticationResultType tokens = secretSignIn();

            assertRefused(() -> refresh(secretClient, tokens.refreshToken()), NotAuthorizedException.class,
                    "Invalid client secret.");
            assertThat(cognito.getTokensFromRefreshToken(r -> r.clientId(secretClient).clientSecret(clientSecret)
                    .refreshToken(tokens.refreshToken())).authenticationResult().accessToken()).isNotBlank();
            assertRefused(() -> refresh(client, tokens.refreshToken()), NotAuthorizedException.class,
                    "Invalid Refresh Token");
            assertRefused(() -> refresh(client, "garbage"), NotAuthorizedException.class, "Invalid Refresh Token");
        }
    }
}
