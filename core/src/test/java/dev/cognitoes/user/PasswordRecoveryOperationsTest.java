package dev.cognitoes.user;

import static dev.cognitoes.user.TestCognito.CLIENT;
import static dev.cognitoes.user.TestCognito.CLIENT_SECRET;
import static dev.cognitoes.user.TestCognito.MASKING_CLIENT;
import static dev.cognitoes.user.TestCognito.POOL;
import static dev.cognitoes.user.TestCognito.SECRET_CLIENT;
import static dev.cognitoes.user.UserOperationsTest.assertRefused;
import static dev.cognitoes.user.UserOperationsTest.secretHash;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.auth.srp.PasswordChecker;
import dev.cognitoes.auth.srp.PasswordVerifier;
import dev.cognitoes.client.api.AppClientSettings;
import dev.cognitoes.client.api.CreateUserPoolClientCommand;
import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.user.api.AdminDisableUserCommand;
import dev.cognitoes.user.api.AdminCreateUserCommand;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.AdminResetUserPasswordCommand;
import dev.cognitoes.user.api.AdminSetUserPasswordCommand;
import dev.cognitoes.user.api.CodeDeliveryDetails;
import dev.cognitoes.user.api.ConfirmForgotPasswordCommand;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.ForgotPasswordCommand;
import dev.cognitoes.user.api.ForgotPasswordResult;
import dev.cognitoes.user.api.MessageAction;
import dev.cognitoes.user.api.PasswordResetEvent;
import dev.cognitoes.user.api.PasswordSetByAdministratorEvent;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.CreateUserPoolCommand;
import dev.cognitoes.userpool.api.RecoveryOption;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PasswordRecoveryOperationsTest {

    static final String PASSWORD = "Correct-Horse-1";
    static final String NEW_PASSWORD = "New-Horse-Battery-2";
    static final String CODE_MISMATCH = "Invalid verification code provided, please try again.";
    static final String EXPIRED_CODE = "Invalid code provided, please request a code again.";
    static final String ATTEMPT_LIMIT = "Attempt limit exceeded, please try after some time.";
    static final String CANNOT_RESET = "User password cannot be reset in the current state.";
    static final String NO_DESTINATION =
            "Cannot reset password for the user as there is no registered/verified email or phone_number";
    static final String JANE_DELIVERY_DESTINATION = "j***@e***";

    private TestCognito cognito;

    @BeforeEach
    void start() {
        cognito = new TestCognito();
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    void janeConfirmed() {
        cognito.runtime.send(new SignUpCommand(CLIENT, null, "jane", PASSWORD, Map.of("email", "jane@example.com")));
        cognito.runtime.send(new ConfirmSignUpCommand(CLIENT, null, "jane",
                cognito.lastCode(POOL, "jane", MessageKind.SIGN_UP), false));
    }

    ForgotPasswordResult forgot(String clientId, String username) {
        return cognito.runtime.send(new ForgotPasswordCommand(clientId, null, username));
    }

    void confirmForgot(String username, String code, String password) {
        cognito.runtime.send(new ConfirmForgotPasswordCommand(CLIENT, null, username, code, password));
    }

    String resetCode(String userPoolId, String username) {
        return cognito.lastCode(userPoolId, username, MessageKind.FORGOT_PASSWORD);
    }

    UserView user(String userPoolId, String username) {
        return cognito.runtime.query(new AdminGetUserQuery(userPoolId, username));
    }

    /** The verifier of the password most recently set for the user, read from the event log. */
    PasswordVerifier latestPassword(String sub) {
        return cognito.storage.eventStorageEngine().readEvents(null, false)
                .map(TrackedEventMessage::getPayload)
                .map(PasswordRecoveryOperationsTest::passwordSet)
                .flatMap(Optional::stream)
                .filter(set -> set.sub().equals(sub))
                .map(SubAndPassword::password)
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> new AssertionError("no password was set for " + sub));
    }

    record SubAndPassword(String sub, PasswordVerifier password) {
    }

    static Optional<SubAndPassword> passwordSet(Object payload) {
        if (payload instanceof PasswordResetEvent reset) {
            return Optional.of(new SubAndPassword(reset.sub(), reset.password()));
        }
        if (payload instanceof PasswordSetByAdministratorEvent set) {
            return Optional.of(new SubAndPassword(set.sub(), set.password()));
        }
        return Optional.empty();
    }

    boolean passwordIs(String userPoolId, String username, String password) {
        UserView user = user(userPoolId, username);
        return cognito.runtime.component(PasswordChecker.class)
                .matches(latestPassword(user.sub()), userPoolId, user.username(), password);
    }

    @Nested
    @DisplayName("when a confirmed user forgets the password")
    class ForgettingThePassword {

        @BeforeEach
        void confirmedJane() {
            janeConfirmed();
        }

        @Test
        void a_code_goes_to_the_verified_email_and_leaves_the_user_confirmed() {
            ForgotPasswordResult result = forgot(CLIENT, "jane");

            assertThat(result.codeDeliveryDetails()).isEqualTo(
                    new CodeDeliveryDetails(JANE_DELIVERY_DESTINATION, DeliveryMedium.EMAIL, "email"));
            OutboundMessage message = cognito.messages(POOL, "jane").get(1);
            assertThat(message.kind()).isEqualTo(MessageKind.FORGOT_PASSWORD);
            assertThat(message.destination()).isEqualTo("jane@example.com");
            assertThat(message.code()).isEqualTo("100002");
            assertThat(user(POOL, "jane").status()).isEqualTo(UserStatus.CONFIRMED);
        }

        @Test
        void the_code_and_a_new_password_following_the_policy_replace_the_password() {
            forgot(CLIENT, "jane");

            confirmForgot("jane", resetCode(POOL, "jane"), NEW_PASSWORD);

            assertThat(user(POOL, "jane").status()).isEqualTo(UserStatus.CONFIRMED);
            assertThat(passwordIs(POOL, "jane", NEW_PASSWORD)).isTrue();
            assertThat(passwordIs(POOL, "jane", PASSWORD)).isFalse();
        }

        @Test
        void a_new_password_breaking_the_policy_is_refused_and_the_code_stays_valid() {
            forgot(CLIENT, "jane");
            String code = resetCode(POOL, "jane");

            assertRefused(() -> confirmForgot("jane", code, "alllowercase-1"), CognitoError.INVALID_PASSWORD,
                    "Password did not conform with policy: Password must have uppercase characters");
            confirmForgot("jane", code, NEW_PASSWORD);
            assertThat(passwordIs(POOL, "jane", NEW_PASSWORD)).isTrue();
        }

        @Test
        void a_wrong_code_is_refused() {
            forgot(CLIENT, "jane");

            assertRefused(() -> confirmForgot("jane", "999999", NEW_PASSWORD), CognitoError.CODE_MISMATCH,
                    CODE_MISMATCH);
        }

        @Test
        void a_code_works_once() {
            forgot(CLIENT, "jane");
            String code = resetCode(POOL, "jane");
            confirmForgot("jane", code, NEW_PASSWORD);

            assertRefused(() -> confirmForgot("jane", code, "Another-Horse-3"), CognitoError.EXPIRED_CODE,
                    EXPIRED_CODE);
        }

        @Test
        void a_code_is_expired_one_hour_after_it_was_sent() {
            forgot(CLIENT, "jane");
            cognito.clock.advance(Duration.ofHours(1));

            assertRefused(() -> confirmForgot("jane", resetCode(POOL, "jane"), NEW_PASSWORD),
                    CognitoError.EXPIRED_CODE, EXPIRED_CODE);
        }

        @Test
        void without_a_requested_code_every_code_is_expired() {
            assertRefused(() -> confirmForgot("jane", "100001", NEW_PASSWORD), CognitoError.EXPIRED_CODE,
                    EXPIRED_CODE);
        }

        @Test
        void a_new_request_replaces_the_previous_code() {
            forgot(CLIENT, "jane");
            String first = resetCode(POOL, "jane");
            forgot(CLIENT, "jane");

            assertRefused(() -> confirmForgot("jane", first, NEW_PASSWORD), CognitoError.CODE_MISMATCH,
                    CODE_MISMATCH);
            confirmForgot("jane", resetCode(POOL, "jane"), NEW_PASSWORD);
        }

        @Test
        void five_requests_and_wrong_codes_an_hour_are_allowed_then_even_the_right_code_is_refused() {
            forgot(CLIENT, "jane");
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertRefused(() -> confirmForgot("jane", "999999", NEW_PASSWORD), CognitoError.CODE_MISMATCH,
                        CODE_MISMATCH);
            }
            String code = resetCode(POOL, "jane");

            assertRefused(() -> confirmForgot("jane", code, NEW_PASSWORD), CognitoError.LIMIT_EXCEEDED,
                    ATTEMPT_LIMIT);
            assertRefused(() -> forgot(CLIENT, "jane"), CognitoError.LIMIT_EXCEEDED, ATTEMPT_LIMIT);

            cognito.clock.advance(Duration.ofMinutes(59));
            assertRefused(() -> forgot(CLIENT, "jane"), CognitoError.LIMIT_EXCEEDED, ATTEMPT_LIMIT);
            cognito.clock.advance(Duration.ofMinutes(1));
            forgot(CLIENT, "jane");
            confirmForgot("jane", resetCode(POOL, "jane"), NEW_PASSWORD);
            assertThat(passwordIs(POOL, "jane", NEW_PASSWORD)).isTrue();
        }

        @Test
        void a_client_with_a_secret_needs_the_right_secret_hash() throws Exception {
            assertRefused(() -> forgot(SECRET_CLIENT, "jane"), CognitoError.NOT_AUTHORIZED,
                    "Client secretclient is configured with secret but SECRET_HASH was not received");
            assertRefused(() -> cognito.runtime.send(new ForgotPasswordCommand(SECRET_CLIENT,
                            secretHash("jane", SECRET_CLIENT, "wrong"), "jane")), CognitoError.NOT_AUTHORIZED,
                    "Unable to verify secret hash for client secretclient");
            String hash = secretHash("jane", SECRET_CLIENT, CLIENT_SECRET);
            cognito.runtime.send(new ForgotPasswordCommand(SECRET_CLIENT, hash, "jane"));

            assertRefused(() -> cognito.runtime.send(new ConfirmForgotPasswordCommand(SECRET_CLIENT, null, "jane",
                            resetCode(POOL, "jane"), NEW_PASSWORD)), CognitoError.NOT_AUTHORIZED,
                    "Client secretclient is configured with secret but SECRET_HASH was not received");
            cognito.runtime.send(new ConfirmForgotPasswordCommand(SECRET_CLIENT, hash, "jane",
                    resetCode(POOL, "jane"), NEW_PASSWORD));
            assertThat(passwordIs(POOL, "jane", NEW_PASSWORD)).isTrue();
        }

        @Test
        void a_disabled_user_is_refused() {
            cognito.runtime.send(new AdminDisableUserCommand(POOL, "jane"));

            assertRefused(() -> forgot(CLIENT, "jane"), CognitoError.NOT_AUTHORIZED, "User is disabled.");
            assertRefused(() -> confirmForgot("jane", "100001", NEW_PASSWORD), CognitoError.NOT_AUTHORIZED,
                    "User is disabled.");
            assertThat(forgot(MASKING_CLIENT, "jane").codeDeliveryDetails().medium())
                    .isEqualTo(DeliveryMedium.EMAIL);
            assertThat(cognito.messages(POOL, "jane")).extracting(OutboundMessage::kind)
                    .doesNotContain(MessageKind.FORGOT_PASSWORD);
        }
    }

    @Nested
    @DisplayName("when the user cannot recover the password alone")
    class NoSelfService {

        @Test
        void an_unknown_user_is_not_found_or_masked_as_the_client_prefers() {
            assertRefused(() -> forgot(CLIENT, "nobody"), CognitoError.USER_NOT_FOUND,
                    "Username/client id combination not found.");
            assertThat(forgot(MASKING_CLIENT, "nobody@example.com").codeDeliveryDetails())
                    .isEqualTo(new CodeDeliveryDetails("n***@e***", DeliveryMedium.EMAIL, "email"));
            assertRefused(() -> confirmForgot("nobody", "100001", NEW_PASSWORD), CognitoError.USER_NOT_FOUND,
                    "Username/client id combination not found.");
            assertRefused(() -> cognito.runtime.send(new ConfirmForgotPasswordCommand(MASKING_CLIENT, null, "nobody",
                    "100001", NEW_PASSWORD)), CognitoError.CODE_MISMATCH, CODE_MISMATCH);
        }

        @Test
        void an_unconfirmed_user_has_no_verified_email() {
            cognito.runtime.send(new SignUpCommand(CLIENT, null, "jane", PASSWORD,
                    Map.of("email", "jane@example.com")));

            assertRefused(() -> forgot(CLIENT, "jane"), CognitoError.INVALID_PARAMETER, NO_DESTINATION);
        }

        @Test
        void a_user_who_never_signed_in_with_the_temporary_password_is_refused() {
            cognito.runtime.send(new AdminCreateUserCommand(POOL, "kim", Map.of("email", "kim@example.com",
                    "email_verified", "true"), null, false, MessageAction.SUPPRESS, Set.of()));

            assertRefused(() -> forgot(CLIENT, "kim"), CognitoError.NOT_AUTHORIZED, CANNOT_RESET);
        }

        @Test
        void an_unknown_client_is_refused() {
            assertRefused(() -> forgot("nosuchclient", "jane"), CognitoError.RESOURCE_NOT_FOUND,
                    "User pool client nosuchclient does not exist.");
            assertRefused(() -> cognito.runtime.send(new ConfirmForgotPasswordCommand("nosuchclient", null, "jane",
                            "100001", NEW_PASSWORD)), CognitoError.RESOURCE_NOT_FOUND,
                    "User pool client nosuchclient does not exist.");
        }

        @Test
        void a_pool_recovering_accounts_through_administrators_only_sends_no_code() {
            UserPoolSettings settings = TestCognito.settings(Set.of("email"), false);
            cognito.ids.nextUserPoolIdSuffix("AdminReco1");
            String pool = cognito.runtime.send(new CreateUserPoolCommand(TestCognito.REGION, SignInSettings.DEFAULT,
                    List.of(), new UserPoolSettings(settings.poolName(), settings.passwordPolicy(),
                    settings.allowedFirstAuthFactors(), false, settings.autoVerifiedAttributes(),
                    settings.verificationMessageTemplate(), null, Set.of(), "OFF", settings.adminCreateUserConfig(),
                    List.of(new RecoveryOption("admin_only", 1)), Map.of(), "ESSENTIALS", Map.of()))).id();
            cognito.ids.nextAppClientId("adminrecoclient");
            cognito.runtime.send(new CreateUserPoolClientCommand(pool, AppClientSettings.defaults("c"), false, null));
            cognito.runtime.send(new AdminCreateUserCommand(pool, "kim", Map.of("email", "kim@example.com",
                    "email_verified", "true"), null, false, MessageAction.SUPPRESS, Set.of()));
            cognito.runtime.send(new AdminSetUserPasswordCommand(pool, "kim", PASSWORD, true));

            assertRefused(() -> forgot("adminrecoclient", "kim"), CognitoError.INVALID_PARAMETER, NO_DESTINATION);
            cognito.runtime.send(new AdminResetUserPasswordCommand(pool, "kim"));
            assertThat(user(pool, "kim").status()).isEqualTo(UserStatus.RESET_REQUIRED);
            assertThat(cognito.messages(pool, "kim")).isEmpty();
        }
    }

    @Nested
    @DisplayName("when an administrator sets a password")
    class AdministratorSetting {

        @BeforeEach
        void kimInvited() {
            cognito.runtime.send(new AdminCreateUserCommand(POOL, "kim", Map.of("email", "kim@example.com",
                    "email_verified", "true"), null, false, MessageAction.SUPPRESS, Set.of()));
        }

        @Test
        void a_permanent_password_confirms_the_user_who_may_then_recover_it() {
            cognito.runtime.send(new AdminSetUserPasswordCommand(POOL, "kim", NEW_PASSWORD, true));

            assertThat(user(POOL, "kim").status()).isEqualTo(UserStatus.CONFIRMED);
            assertThat(passwordIs(POOL, "kim", NEW_PASSWORD)).isTrue();
            assertThat(forgot(CLIENT, "kim").codeDeliveryDetails().destination()).isEqualTo("k***@e***");
        }

        @Test
        void a_temporary_password_leaves_the_user_to_change_it() {
            cognito.runtime.send(new AdminSetUserPasswordCommand(POOL, "kim", NEW_PASSWORD, true));

            cognito.runtime.send(new AdminSetUserPasswordCommand(POOL, "kim", "Temporary-Pass-9", false));

            assertThat(user(POOL, "kim").status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
            assertThat(passwordIs(POOL, "kim", "Temporary-Pass-9")).isTrue();
            assertThat(cognito.messages(POOL, "kim")).isEmpty();
        }

        @Test
        void an_unconfirmed_user_is_confirmed_by_a_permanent_password() {
            cognito.runtime.send(new SignUpCommand(CLIENT, null, "jane", PASSWORD,
                    Map.of("email", "jane@example.com")));

            cognito.runtime.send(new AdminSetUserPasswordCommand(POOL, "jane", NEW_PASSWORD, true));

            assertThat(user(POOL, "jane").status()).isEqualTo(UserStatus.CONFIRMED);
        }

        @Test
        void the_password_must_follow_the_policy() {
            assertRefused(() -> cognito.runtime.send(new AdminSetUserPasswordCommand(POOL, "kim", "Sh0rt!", true)),
                    CognitoError.INVALID_PASSWORD, "Password did not conform with policy: Password not long enough");
            assertThat(user(POOL, "kim").status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
        }

        @Test
        void an_unknown_user_or_pool_is_refused() {
            assertRefused(() -> cognito.runtime.send(new AdminSetUserPasswordCommand(POOL, "nobody", NEW_PASSWORD,
                    true)), CognitoError.USER_NOT_FOUND, "User does not exist.");
            assertRefused(() -> cognito.runtime.send(new AdminSetUserPasswordCommand("us-east-1_Nothing00", "kim",
                            NEW_PASSWORD, true)), CognitoError.RESOURCE_NOT_FOUND,
                    "User pool us-east-1_Nothing00 does not exist.");
        }
    }

    @Nested
    @DisplayName("when an administrator resets a password")
    class AdministratorResetting {

        @Test
        void the_user_must_reset_it_with_the_code_sent_to_the_verified_email() {
            janeConfirmed();

            cognito.runtime.send(new AdminResetUserPasswordCommand(POOL, "jane"));

            assertThat(user(POOL, "jane").status()).isEqualTo(UserStatus.RESET_REQUIRED);
            OutboundMessage message = cognito.messages(POOL, "jane").get(1);
            assertThat(message.kind()).isEqualTo(MessageKind.FORGOT_PASSWORD);
            assertThat(message.destination()).isEqualTo("jane@example.com");
            confirmForgot("jane", message.code(), NEW_PASSWORD);
            assertThat(user(POOL, "jane").status()).isEqualTo(UserStatus.CONFIRMED);
            assertThat(passwordIs(POOL, "jane", NEW_PASSWORD)).isTrue();
        }

        @Test
        void a_user_without_a_verified_email_or_phone_number_gets_no_code() {
            cognito.runtime.send(new SignUpCommand(CLIENT, null, "jane", PASSWORD,
                    Map.of("email", "jane@example.com")));
            cognito.runtime.send(new AdminSetUserPasswordCommand(POOL, "jane", PASSWORD, true));

            cognito.runtime.send(new AdminResetUserPasswordCommand(POOL, "jane"));

            assertThat(user(POOL, "jane").status()).isEqualTo(UserStatus.RESET_REQUIRED);
            assertThat(cognito.messages(POOL, "jane")).extracting(OutboundMessage::kind)
                    .containsExactly(MessageKind.SIGN_UP);
        }

        @Test
        void a_user_who_never_signed_in_with_the_temporary_password_is_refused() {
            cognito.runtime.send(new AdminCreateUserCommand(POOL, "kim", Map.of("email", "kim@example.com"), null,
                    false, MessageAction.SUPPRESS, Set.of()));

            assertRefused(() -> cognito.runtime.send(new AdminResetUserPasswordCommand(POOL, "kim")),
                    CognitoError.NOT_AUTHORIZED, CANNOT_RESET);
            assertThat(user(POOL, "kim").status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
        }

        @Test
        void an_unknown_user_is_refused() {
            assertRefused(() -> cognito.runtime.send(new AdminResetUserPasswordCommand(POOL, "nobody")),
                    CognitoError.USER_NOT_FOUND, "User does not exist.");
        }
    }
}
