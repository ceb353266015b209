package dev.cognitoes.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.auth.srp.SrpTestClient;
import dev.cognitoes.auth.token.AccessTokenVerifier;
import dev.cognitoes.auth.token.IssuedTokens;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.config.CognitoRuntime;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.user.api.AdminDisableUserCommand;
import dev.cognitoes.user.api.AdminDeleteUserCommand;
import dev.cognitoes.user.api.AdminInitiateAuthCommand;
import dev.cognitoes.user.api.AdminResetUserPasswordCommand;
import dev.cognitoes.user.api.AdminSetUserPasswordCommand;
import dev.cognitoes.user.api.AdminUserGlobalSignOutCommand;
import dev.cognitoes.user.api.ChangePasswordCommand;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.ConfirmForgotPasswordCommand;
import dev.cognitoes.user.api.GetTokensFromRefreshTokenCommand;
import dev.cognitoes.user.api.GetUserQuery;
import dev.cognitoes.user.api.GlobalSignOutCommand;
import dev.cognitoes.user.api.InitiateAuthCommand;
import dev.cognitoes.user.api.RespondToAuthChallengeCommand;
import dev.cognitoes.user.api.RevokeTokenCommand;
import dev.cognitoes.user.api.SignInResult;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.UserView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TokenOperationsRuntimeTest {

    static final String PASSWORD = "Correct-Horse-1";
    static final String NEW_PASSWORD = "Battery-Staple-2";
    static final String PASSWORD_CLIENT = "passwordclient";
    static final String QUIET_CLIENT = "norevocationclient";
    static final String ROTATING_CLIENT = "rotatingclient";
    static final String STRICT_ROTATING_CLIENT = "strictrotatingclient";
    static final String REVOKED = "Access Token has been revoked";

    TestCognito cognito;
    CognitoRuntime runtime;

    @BeforeEach
    void start() {
        cognito = new TestCognito();
        runtime = cognito.runtime;
        client(PASSWORD_CLIENT, true, Map.of());
        client(QUIET_CLIENT, false, Map.of());
        client(ROTATING_CLIENT, true, Map.of("RefreshTokenRotation",
                Map.of("Feature", "ENABLED", "RetryGracePeriodSeconds", 10)));
        client(STRICT_ROTATING_CLIENT, true, Map.of("RefreshTokenRotation", Map.of("Feature", "ENABLED")));
        runtime.send(new SignUpCommand(TestCognito.CLIENT, null, "jane", PASSWORD,
                Map.of("email", "jane@example.com")));
        runtime.send(new ConfirmSignUpCommand(TestCognito.CLIENT, null, "jane",
                cognito.lastCode(TestCognito.POOL, "jane", MessageKind.SIGN_UP), false));
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    void client(String clientId, boolean revocation, Map<String, Object> additional) {
        AppClientSettings defaults = AppClientSettings.defaults(clientId);
        cognito.ids.nextAppClientId(clientId);
        runtime.send(new CreateUserPoolClientCommand(TestCognito.POOL, new AppClientSettings(defaults.clientName(),
                defaults.refreshTokenValidity(), defaults.accessTokenValidity(), defaults.idTokenValidity(), null,
                null, List.of("ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH",
                "ALLOW_ADMIN_USER_PASSWORD_AUTH"), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                false, "LEGACY", revocation, false, 3, additional), false, null));
    }

    IssuedTokens srpSignIn(CognitoRuntime node, String clientId, String password) {
        SrpTestClient srp = new SrpTestClient(TestCognito.POOL);
        SignInResult challenge = node.send(new InitiateAuthCommand(clientId, "USER_SRP_AUTH",
                Map.of("USERNAME", "jane", "SRP_A", srp.srpA())));
        Map<String, String> responses = srp.respond(challenge.challengeParameters(), password,
                cognito.clock.instant());
        return node.send(new RespondToAuthChallengeCommand(clientId, "PASSWORD_VERIFIER", challenge.session(),
                responses)).tokens().orElseThrow();
    }

    IssuedTokens signIn() {
        return srpSignIn(runtime, TestCognito.CLIENT, PASSWORD);
    }

    SignInResult passwordSignIn(String password) {
        return runtime.send(new InitiateAuthCommand(PASSWORD_CLIENT, "USER_PASSWORD_AUTH",
                Map.of("USERNAME", "jane", "PASSWORD", password)));
    }

    static String refreshToken(IssuedTokens tokens) {
        return tokens.refreshToken().orElseThrow().token();
    }

    IssuedTokens refresh(String clientId, String refreshToken) {
        return runtime.send(new InitiateAuthCommand(clientId, "REFRESH_TOKEN_AUTH",
                Map.of("REFRESH_TOKEN", refreshToken))).tokens().orElseThrow();
    }

    IssuedTokens getTokens(String clientId, String refreshToken) {
        return runtime.send(new GetTokensFromRefreshTokenCommand(refreshToken, clientId, null, null)).tokens()
                .orElseThrow();
    }

    String originOf(IssuedTokens tokens) {
        return runtime.component(AccessTokenVerifier.class).verify(tokens.accessToken()).originJti();
    }

    void disable(String username) {
        cognito.runtime.send(new AdminDisableUserCommand(TestCognito.POOL, username));
    }

    static void refused(ThrowingCallable call, CognitoError error, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CognitoException.class,
                e -> assertThat(e.error()).isEqualTo(error)).hasMessage(message);
    }

    @Nested
    @DisplayName("when a signed-in user asks for itself (GetUser)")
    class GetUser {

        @Test
        void the_access_token_finds_the_user_and_its_attributes() {
            IssuedTokens tokens = signIn();

            UserView user = runtime.query(new GetUserQuery(tokens.accessToken()));

            assertThat(user.username()).isEqualTo("jane");
            assertThat(user.attributes()).containsEntry("email", "jane@example.com").containsKey("sub");
        }

        @Test
        void a_forged_or_foreign_token_is_invalid() {
            IssuedTokens tokens = signIn();

            refused(() -> runtime.query(new GetUserQuery("not-a-token")), CognitoError.NOT_AUTHORIZED,
                    "Invalid Access Token");
            refused(() -> runtime.query(new GetUserQuery(tokens.idToken())), CognitoError.NOT_AUTHORIZED,
                    "Invalid Access Token");
        }

        @Test
        void an_expired_token_is_refused() {
            IssuedTokens tokens = signIn();
            cognito.clock.advance(Duration.ofHours(1));

            refused(() -> runtime.query(new GetUserQuery(tokens.accessToken())), CognitoError.NOT_AUTHORIZED,
                    "Access Token has expired");
        }

        @Test
        void a_disabled_user_token_stops_working() {
            IssuedTokens tokens = signIn();
            disable("jane");

            refused(() -> runtime.query(new GetUserQuery(tokens.accessToken())), CognitoError.NOT_AUTHORIZED,
                    "User is disabled.");
            refused(() -> runtime.send(new GlobalSignOutCommand(tokens.accessToken())), CognitoError.NOT_AUTHORIZED,
                    "User is disabled.");
            refused(() -> getTokens(TestCognito.CLIENT, refreshToken(tokens)), CognitoError.NOT_AUTHORIZED,
                    "User is disabled.");
        }

        @Test
        void a_deleted_user_is_not_found() {
            IssuedTokens tokens = signIn();
            runtime.send(new AdminDeleteUserCommand(TestCognito.POOL, "jane"));

            refused(() -> runtime.query(new GetUserQuery(tokens.accessToken())), CognitoError.USER_NOT_FOUND,
                    "User does not exist.");
        }
    }

    @Nested
    @DisplayName("when the user signs out everywhere")
    class GlobalSignOut {

        @Test
        void every_earlier_access_and_refresh_token_stops_working_and_a_new_sign_in_works() {
            IssuedTokens first = signIn();
            IssuedTokens second = srpSignIn(runtime, PASSWORD_CLIENT, PASSWORD);

            runtime.send(new GlobalSignOutCommand(first.accessToken()));

            for (IssuedTokens earlier : List.of(first, second)) {
                refused(() -> runtime.query(new GetUserQuery(earlier.accessToken())), CognitoError.NOT_AUTHORIZED,
                        REVOKED);
                refused(() -> runtime.send(new GlobalSignOutCommand(earlier.accessToken())),
                        CognitoError.NOT_AUTHORIZED, REVOKED);
                refused(() -> runtime.send(new ChangePasswordCommand(earlier.accessToken(), PASSWORD,
                        NEW_PASSWORD)), CognitoError.NOT_AUTHORIZED, REVOKED);
            }
            refused(() -> refresh(TestCognito.CLIENT, refreshToken(first)), CognitoError.NOT_AUTHORIZED,
                    "Refresh Token has been revoked");
            refused(() -> getTokens(PASSWORD_CLIENT, refreshToken(second)), CognitoError.NOT_AUTHORIZED,
                    "Refresh Token has been revoked");

            IssuedTokens after = signIn();
            assertThat(runtime.query(new GetUserQuery(after.accessToken())).username()).isEqualTo("jane");
            IssuedTokens refreshed = refresh(TestCognito.CLIENT, refreshToken(after));
            assertThat(runtime.query(new GetUserQuery(refreshed.accessToken())).username()).isEqualTo("jane");
        }

        @Test
        void tokens_issued_in_the_second_before_the_sign_out_are_revoked_and_those_after_it_are_not() {
            cognito.clock.advance(Duration.ofMillis(200));
            IssuedTokens before = signIn();
            cognito.clock.advance(Duration.ofMillis(300));
            runtime.send(new AdminUserGlobalSignOutCommand(TestCognito.POOL, "jane"));
            cognito.clock.advance(Duration.ofMillis(300));
            IssuedTokens after = signIn();

            refused(() -> runtime.query(new GetUserQuery(before.accessToken())), CognitoError.NOT_AUTHORIZED,
                    REVOKED);
            assertThat(runtime.query(new GetUserQuery(after.accessToken())).username()).isEqualTo("jane");
            cognito.clock.advance(Duration.ofSeconds(5));
            assertThat(runtime.query(new GetUserQuery(refresh(TestCognito.CLIENT, refreshToken(after))
                    .accessToken())).username()).isEqualTo("jane");
        }

        @Test
        void an_administrator_signs_out_a_user_it_finds_by_name_only() {
            refused(() -> runtime.send(new AdminUserGlobalSignOutCommand(TestCognito.POOL, "nobody")),
                    CognitoError.USER_NOT_FOUND, "User does not exist.");
        }

        @Test
        void a_sign_out_on_one_server_holds_on_another_sharing_the_storage() {
            CognitoRuntime other = CognitoRuntime.builder().clock(cognito.clock).idGenerator(cognito.ids)
                    .codeGenerator(cognito.ids).storage(cognito.storage).build();
            try {
                IssuedTokens tokens = signIn();
                assertThat(other.query(new GetUserQuery(tokens.accessToken())).username()).isEqualTo("jane");

                runtime.send(new GlobalSignOutCommand(tokens.accessToken()));

                refused(() -> other.query(new GetUserQuery(tokens.accessToken())), CognitoError.NOT_AUTHORIZED,
                        REVOKED);
                refused(() -> other.send(new GetTokensFromRefreshTokenCommand(refreshToken(tokens),
                        TestCognito.CLIENT, null, null)), CognitoError.NOT_AUTHORIZED,
                        "Refresh Token has been revoked");
            } finally {
                other.close();
            }
        }
    }

    @Nested
    @DisplayName("when a refresh token is revoked")
    class RevokeToken {

        @Test
        void its_session_stops_working_and_the_other_sessions_do_not() {
            IssuedTokens revoked = signIn();
            IssuedTokens refreshedBefore = refresh(TestCognito.CLIENT, refreshToken(revoked));
            IssuedTokens kept = signIn();

            runtime.send(new RevokeTokenCommand(refreshToken(revoked), TestCognito.CLIENT, null));

            refused(() -> runtime.query(new GetUserQuery(revoked.accessToken())), CognitoError.NOT_AUTHORIZED,
                    REVOKED);
            refused(() -> runtime.query(new GetUserQuery(refreshedBefore.accessToken())),
                    CognitoError.NOT_AUTHORIZED, REVOKED);
            refused(() -> refresh(TestCognito.CLIENT, refreshToken(revoked)), CognitoError.NOT_AUTHORIZED,
                    "Refresh Token has been revoked");
            assertThat(runtime.query(new GetUserQuery(kept.accessToken())).username()).isEqualTo("jane");
            assertThat(refresh(TestCognito.CLIENT, refreshToken(kept)).accessToken()).isNotBlank();
        }

        @Test
        void revoking_it_again_succeeds_without_effect() {
            IssuedTokens tokens = signIn();
            runtime.send(new RevokeTokenCommand(refreshToken(tokens), TestCognito.CLIENT, null));

            runtime.send(new RevokeTokenCommand(refreshToken(tokens), TestCognito.CLIENT, null));
        }

        @Test
        void a_client_without_token_revocation_refuses() {
            IssuedTokens tokens = srpSignIn(runtime, QUIET_CLIENT, PASSWORD);

            refused(() -> runtime.send(new RevokeTokenCommand(refreshToken(tokens), QUIET_CLIENT, null)),
                    CognitoError.UNSUPPORTED_OPERATION, "Token revocation is not enabled for this client");
        }

        @Test
        void an_access_token_is_no_token_it_revokes() {
            IssuedTokens tokens = signIn();

            refused(() -> runtime.send(new RevokeTokenCommand(tokens.accessToken(), TestCognito.CLIENT, null)),
                    CognitoError.UNSUPPORTED_TOKEN_TYPE, "Only refresh tokens can be revoked.");
        }

        @Test
        void a_token_of_another_client_or_a_wrong_secret_is_unauthorized() {
            IssuedTokens tokens = signIn();

            refused(() -> runtime.send(new RevokeTokenCommand(refreshToken(tokens), PASSWORD_CLIENT, null)),
                    CognitoError.UNAUTHORIZED, "Token was not issued to this client.");
            refused(() -> runtime.send(new RevokeTokenCommand(refreshToken(tokens), TestCognito.SECRET_CLIENT,
                    "wrong-secret-of-24-chars-x")), CognitoError.UNAUTHORIZED, "Invalid client secret.");
            assertThat(runtime.query(new GetUserQuery(tokens.accessToken())).username()).isEqualTo("jane");
        }
    }

    @Nested
    @DisplayName("when the signed-in user changes the password")
    class ChangePassword {

        @Test
        void the_new_password_signs_in_the_old_does_not_and_tokens_stay_valid() {
            IssuedTokens tokens = signIn();

            runtime.send(new ChangePasswordCommand(tokens.accessToken(), PASSWORD, NEW_PASSWORD));

            assertThat(passwordSignIn(NEW_PASSWORD).tokens()).isPresent();
            assertThat(srpSignIn(runtime, TestCognito.CLIENT, NEW_PASSWORD).accessToken()).isNotBlank();
            refused(() -> passwordSignIn(PASSWORD), CognitoError.NOT_AUTHORIZED, "Incorrect username or password.");
            assertThat(runtime.query(new GetUserQuery(tokens.accessToken())).username()).isEqualTo("jane");
        }

        @Test
        void a_wrong_previous_password_is_refused_and_counts_toward_the_lockout() {
            IssuedTokens tokens = signIn();

            for (int attempt = 1; attempt <= 5; attempt++) {
                refused(() -> runtime.send(new ChangePasswordCommand(tokens.accessToken(), "Wrong-Horse-1",
                        NEW_PASSWORD)), CognitoError.NOT_AUTHORIZED, "Incorrect username or password.");
            }

            refused(() -> runtime.send(new ChangePasswordCommand(tokens.accessToken(), PASSWORD, NEW_PASSWORD)),
                    CognitoError.LIMIT_EXCEEDED, "Attempt limit exceeded, please try after some time.");
            refused(() -> passwordSignIn(PASSWORD), CognitoError.NOT_AUTHORIZED, "Password attempts exceeded");
            assertThat(cognito.storage.eventStorageEngine().readEvents(null, false)
                    .filter(e -> e.getPayloadType().getSimpleName().equals("PasswordChangeFailedEvent")).count())
                    .isEqualTo(5);
        }

        @Test
        void the_pool_policy_applies_to_the_new_password() {
            IssuedTokens tokens = signIn();

            assertThatThrownBy(() -> runtime.send(new ChangePasswordCommand(tokens.accessToken(), PASSWORD,
                    "short"))).isInstanceOfSatisfying(CognitoException.class,
                    e -> assertThat(e.error()).isEqualTo(CognitoError.INVALID_PASSWORD));
            refused(() -> runtime.send(new ChangePasswordCommand(tokens.accessToken(), null, NEW_PASSWORD)),
                    CognitoError.INVALID_PARAMETER, "Missing required parameter PreviousPassword");
        }
    }

    @Nested
    @DisplayName("when tokens are got from a refresh token (GetTokensFromRefreshToken)")
    class GetTokensFromRefreshToken {

        @Test
        void without_rotation_new_id_and_access_tokens_of_the_same_session_come_back() {
            IssuedTokens tokens = signIn();

            IssuedTokens refreshed = getTokens(TestCognito.CLIENT, refreshToken(tokens));

            assertThat(refreshed.refreshToken()).isEmpty();
            assertThat(originOf(refreshed)).isEqualTo(originOf(tokens));
        }

        @Test
        void with_rotation_a_new_refresh_token_continues_the_session_and_the_old_one_ends_after_the_grace_period() {
            IssuedTokens tokens = srpSignIn(runtime, ROTATING_CLIENT, PASSWORD);
            String old = refreshToken(tokens);

            IssuedTokens rotated = getTokens(ROTATING_CLIENT, old);
            String next = refreshToken(rotated);

            assertThat(next).isNotEqualTo(old);
            assertThat(originOf(rotated)).isEqualTo(originOf(tokens));
            cognito.clock.advance(Duration.ofSeconds(9));
            assertThat(getTokens(ROTATING_CLIENT, old).refreshToken()).isPresent();
            cognito.clock.advance(Duration.ofSeconds(1));
            refused(() -> getTokens(ROTATING_CLIENT, old), CognitoError.REFRESH_TOKEN_REUSE,
                    "Invalid Refresh Token");
            assertThat(getTokens(ROTATING_CLIENT, next).refreshToken()).isPresent();
        }

        @Test
        void with_rotation_and_no_grace_period_the_old_token_ends_at_once() {
            IssuedTokens tokens = srpSignIn(runtime, STRICT_ROTATING_CLIENT, PASSWORD);
            getTokens(STRICT_ROTATING_CLIENT, refreshToken(tokens));

            refused(() -> getTokens(STRICT_ROTATING_CLIENT, refreshToken(tokens)), CognitoError.REFRESH_TOKEN_REUSE,
                    "Invalid Refresh Token");
        }

        @Test
        void revoking_a_rotated_token_revokes_the_whole_session() {
            IssuedTokens tokens = srpSignIn(runtime, ROTATING_CLIENT, PASSWORD);
            IssuedTokens rotated = getTokens(ROTATING_CLIENT, refreshToken(tokens));

            runtime.send(new RevokeTokenCommand(refreshToken(rotated), ROTATING_CLIENT, null));

            refused(() -> getTokens(ROTATING_CLIENT, refreshToken(tokens)), CognitoError.NOT_AUTHORIZED,
                    "Refresh Token has been revoked");
            refused(() -> runtime.query(new GetUserQuery(tokens.accessToken())), CognitoError.NOT_AUTHORIZED,
                    REVOKED);
        }

        @Test
        void a_token_of_another_client_or_garbage_is_invalid() {
            IssuedTokens tokens = signIn();

            refused(() -> getTokens(PASSWORD_CLIENT, refreshToken(tokens)), CognitoError.NOT_AUTHORIZED,
                    "Invalid Refresh Token");
            refused(() -> getTokens(TestCognito.CLIENT, "garbage"), CognitoError.NOT_AUTHORIZED,
                    "Invalid Refresh Token");
            refused(() -> runtime.send(new GetTokensFromRefreshTokenCommand(refreshToken(tokens),
                    TestCognito.SECRET_CLIENT, null, null)), CognitoError.NOT_AUTHORIZED, "Invalid client secret.");
        }
    }

    @Nested
    @DisplayName("when the password was reset or set by an administrator")
    class PasswordRecovery {

        @Test
        void after_an_administrator_reset_sign_in_requires_a_reset_and_the_code_sets_the_new_password() {
            cognito.ids.nextCodes("31415926");
            runtime.send(new AdminResetUserPasswordCommand(TestCognito.POOL, "jane"));

            refused(() -> passwordSignIn(PASSWORD), CognitoError.PASSWORD_RESET_REQUIRED,
                    "Password reset required for the user");
            refused(() -> signIn(), CognitoError.PASSWORD_RESET_REQUIRED, "Password reset required for the user");

            runtime.send(new ConfirmForgotPasswordCommand(TestCognito.CLIENT, null, "jane",
                    cognito.lastCode(TestCognito.POOL, "jane", MessageKind.FORGOT_PASSWORD), NEW_PASSWORD));

            assertThat(passwordSignIn(NEW_PASSWORD).tokens()).isPresent();
            assertThat(srpSignIn(runtime, TestCognito.CLIENT, NEW_PASSWORD).accessToken()).isNotBlank();
            refused(() -> passwordSignIn(PASSWORD), CognitoError.NOT_AUTHORIZED, "Incorrect username or password.");
            refused(() -> signIn(), CognitoError.NOT_AUTHORIZED, "Incorrect username or password.");
        }

        @Test
        void a_permanent_password_set_by_an_administrator_signs_in_and_the_old_one_does_not() {
            runtime.send(new AdminSetUserPasswordCommand(TestCognito.POOL, "jane", NEW_PASSWORD, true));

            assertThat(passwordSignIn(NEW_PASSWORD).tokens()).isPresent();
            assertThat(srpSignIn(runtime, TestCognito.CLIENT, NEW_PASSWORD).accessToken()).isNotBlank();
            refused(() -> passwordSignIn(PASSWORD), CognitoError.NOT_AUTHORIZED, "Incorrect username or password.");
            refused(() -> signIn(), CognitoError.NOT_AUTHORIZED, "Incorrect username or password.");
        }

        @Test
        void a_temporary_password_set_by_an_administrator_requires_a_new_password() {
            runtime.send(new AdminSetUserPasswordCommand(TestCognito.POOL, "jane", NEW_PASSWORD, false));

            SignInResult result = runtime.send(new AdminInitiateAuthCommand(TestCognito.POOL, PASSWORD_CLIENT,
                    "ADMIN_USER_PASSWORD_AUTH", Map.of("USERNAME", "jane", "PASSWORD", NEW_PASSWORD)));

            assertThat(result.challengeName()).isEqualTo("NEW_PASSWORD_REQUIRED");
            assertThat(result.tokens()).isEmpty();
        }
    }
}
