package dev.cognitoes.http.user;

import static dev.cognitoes.http.user.UserOperationsTest.assertRefused;
import static dev.cognitoes.http.user.UserOperationsTest.attribute;
import static dev.cognitoes.http.user.UserOperationsTest.otherCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cognitoes.auth.srp.PasswordChecker;
import dev.cognitoes.auth.srp.PasswordVerifier;
import dev.cognitoes.http.RunningServer;
import dev.cognitoes.http.RunningServer.WireResponse;
import dev.cognitoes.storage.inmemory.InMemoryStorageModule;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.user.api.PasswordResetEvent;
import dev.cognitoes.user.api.PasswordSetByAdministratorEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

class PasswordRecoveryOperationsTest {

    static final String PASSWORD = "Correct-Horse-1";
    static final String NEW_PASSWORD = "New-Horse-Battery-2";
    static final String FORGOT_PASSWORD = "FORGOT_PASSWORD";
    static final String CODE_MISMATCH = "Invalid verification code provided, please try again.";
    static final String EXPIRED_CODE = "Invalid code provided, please request a code again.";
    static final String ATTEMPT_LIMIT = "Attempt limit exceeded, please try after some time.";
    static final String CANNOT_RESET = "User password cannot be reset in the current state.";
    static final String NO_DESTINATION =
            "Cannot reset password for the user as there is no registered/verified email or phone_number";

    static final TestClock clock = new TestClock(Instant.parse("2026-03-04T05:06:07Z"));
    static final InMemoryStorageModule storage = new InMemoryStorageModule();

    @RegisterExtension
    static final RunningServer server = RunningServer.builder().clock(clock)
            .runtime(runtime -> runtime.storage(storage))
            .build();

    final CognitoIdentityProviderClient cognito = server.sdkClient();
    String poolId;
    String clientId;
    String maskingClientId;

    @BeforeEach
    void poolWithClients() {
        poolId = cognito.createUserPool(r -> r.poolName("passwords")
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)).userPool().id();
        clientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web")).userPoolClient()
                .clientId();
        maskingClientId = cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("masking")
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)).userPoolClient().clientId();
    }

    void confirmedUser(String username, String email) {
        cognito.signUp(r -> r.clientId(clientId).username(username).password(PASSWORD)
                .userAttributes(attribute("email", email)));
        cognito.confirmSignUp(r -> r.clientId(clientId).username(username)
                .confirmationCode(server.lastCode(poolId, username, "SIGN_UP")));
    }

    CodeDeliveryDetailsType forgot(String username) {
        return cognito.forgotPassword(r -> r.clientId(clientId).username(username)).codeDeliveryDetails();
    }

    void confirmForgot(String username, String code, String password) {
        cognito.confirmForgotPassword(r -> r.clientId(clientId).username(username).confirmationCode(code)
                .password(password));
    }

    String resetCode(String username) {
        return server.lastCode(poolId, username, FORGOT_PASSWORD);
    }

    AdminGetUserResponse user(String username) {
        return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username));
    }

    boolean passwordIs(String username, String password) {
        AdminGetUserResponse user = user(username);
        String sub = user.userAttributes().get(0).value();
        PasswordVerifier latest = storage.eventStorageEngine().readEvents(null, false)
                .map(TrackedEventMessage::getPayload)
                .map(payload -> verifierOf(payload, sub))
                .flatMap(Optional::stream)
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> new AssertionError("no password was set for " + username));
        return server.runtime().component(PasswordChecker.class).matches(latest, poolId, user.username(), password);
    }

    static Optional<PasswordVerifier> verifierOf(Object payload, String sub) {
        if (payload instanceof PasswordResetEvent reset && reset.sub().equals(sub)) {
            return Optional.of(reset.password());
        }
        if (payload instanceof PasswordSetByAdministratorEvent set && set.sub().equals(sub)) {
            return Optional.of(set.password());
        }
        return Optional.empty();
    }

    @Nested
    @DisplayName("when a user forgets the password")
    class ForgettingThePassword {

        @BeforeEach
        void janeConfirmed() {
            confirmedUser("jane", "jane@example.com");
        }

        @Test
        @DisplayName("the code from the outbox and a new password replace the password; the code works once")
        void resets() {
            CodeDeliveryDetailsType details = forgot("jane");

            assertThat(details).isEqualTo(CodeDeliveryDetailsType.builder().destination("j***@e***")
                    .deliveryMedium(DeliveryMediumType.EMAIL).attributeName("email").build());
            List<JsonNode> outbox = server.devOutbox(poolId, "jane");
            assertThat(outbox).hasSize(2);
            assertThat(outbox.get(1).path("kind").asText()).isEqualTo(FORGOT_PASSWORD);
            assertThat(outbox.get(1).path("destination").asText()).isEqualTo("jane@example.com");
            assertThat(user("jane").userStatus()).isEqualTo(UserStatusType.CONFIRMED);

            String code = resetCode("jane");
            confirmForgot("jane", code, NEW_PASSWORD);

            assertThat(user("jane").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
            assertThat(passwordIs("jane", NEW_PASSWORD)).isTrue();
            assertThat(passwordIs("jane", PASSWORD)).isFalse();
            assertRefused(() -> confirmForgot("jane", code, "Another-Horse-3"), ExpiredCodeException.class,
                    EXPIRED_CODE);
        }

        @Test
        @DisplayName("the wire shapes are ForgotPasswordResponse with CodeDeliveryDetails, and {} for the confirmation")
        void wireShape() {
            WireResponse forgot = server.call("ForgotPassword", "{\"ClientId\":\"" + clientId
                    + "\",\"Username\":\"jane\"}");

            assertThat(forgot.status()).isEqualTo(200);
            assertThat(forgot.text()).isEqualTo("{\"CodeDeliveryDetails\":{\"Destination\":\"j***@e***\","
                    + "\"DeliveryMedium\":\"EMAIL\",\"AttributeName\":\"email\"}}");
            WireResponse confirm = server.call("ConfirmForgotPassword", "{\"ClientId\":\"" + clientId
                    + "\",\"Username\":\"jane\",\"ConfirmationCode\":\"" + resetCode("jane") + "\",\"Password\":\""
                    + NEW_PASSWORD + "\"}");
            assertThat(confirm.status()).isEqualTo(200);
            assertThat(confirm.text()).isEqualTo("{}");
        }

        @Test
        @DisplayName("a wrong code, an expired code and a weak password are refused")
        void refusals() {
            forgot("jane");
            String code = resetCode("jane");

            assertRefused(() -> confirmForgot("jane", otherCode(code), NEW_PASSWORD), CodeMismatchException.class,
                    CODE_MISMATCH);
            assertRefused(() -> confirmForgot("jane", code, "alllowercase-1"), InvalidPasswordException.class,
                    "Password did not conform with policy: Password must have uppercase characters");
            clock.advance(Duration.ofHours(1));
            assertRefused(() -> confirmForgot("jane", code, NEW_PASSWORD), ExpiredCodeException.class, EXPIRED_CODE);
        }

        @Test
        @DisplayName("after five requests and wrong codes within an hour even the right code is refused")
        void attemptLimit() {
            forgot("jane");
            String code = resetCode("jane");
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertRefused(() -> confirmForgot("jane", otherCode(code), NEW_PASSWORD),
                        CodeMismatchException.class, CODE_MISMATCH);
            }

            assertRefused(() -> confirmForgot("jane", code, NEW_PASSWORD), LimitExceededException.class,
                    ATTEMPT_LIMIT);
            assertRefused(() -> forgot("jane"), LimitExceededException.class, ATTEMPT_LIMIT);

            clock.advance(Duration.ofHours(1));
            forgot("jane");
            confirmForgot("jane", resetCode("jane"), NEW_PASSWORD);
            assertThat(passwordIs("jane", NEW_PASSWORD)).isTrue();
        }

        @Test
        @DisplayName("a pool recovering accounts through administrators only sends the user no code")
        void recoverySetting() {
            cognito.updateUserPool(r -> r.userPoolId(poolId).autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                    .accountRecoverySetting(a -> a.recoveryMechanisms(m -> m.name(RecoveryOptionNameType.ADMIN_ONLY)
                            .priority(1))));

            assertRefused(() -> forgot("jane"), InvalidParameterException.class, NO_DESTINATION);
        }
    }

    @Nested
    @DisplayName("when ForgotPassword cannot send a code")
    class NoCode {

        @Test
        @DisplayName("an unknown user is not found, or answered as if a code went out to a masking client")
        void unknownUser() {
            assertRefused(() -> forgot("nobody"), UserNotFoundException.class,
                    "Username/client id combination not found.");
            CodeDeliveryDetailsType masked = cognito.forgotPassword(r -> r.clientId(maskingClientId)
                    .username("nobody@example.com")).codeDeliveryDetails();
            assertThat(masked.destination()).isEqualTo("n***@e***");
            assertRefused(() -> cognito.confirmForgotPassword(r -> r.clientId(maskingClientId).username("nobody")
                    .confirmationCode("123456").password(NEW_PASSWORD)), CodeMismatchException.class, CODE_MISMATCH);
        }

        @Test
        @DisplayName("an unconfirmed user has no verified email")
        void unconfirmed() {
            cognito.signUp(r -> r.clientId(clientId).username("jane").password(PASSWORD)
                    .userAttributes(attribute("email", "jane@example.com")));

            assertRefused(() -> forgot("jane"), InvalidParameterException.class, NO_DESTINATION);
        }

        @Test
        @DisplayName("a user who never replaced the temporary password is refused")
        void forceChangePassword() {
            cognito.adminCreateUser(r -> r.userPoolId(poolId).username("kim").messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(attribute("email", "kim@example.com"), attribute("email_verified", "true")));

            assertRefused(() -> forgot("kim"), NotAuthorizedException.class, CANNOT_RESET);
            assertRefused(() -> cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("kim")),
                    NotAuthorizedException.class, CANNOT_RESET);
        }

        @Test
        @DisplayName("an unknown client is not found")
        void unknownClient() {
            assertRefused(() -> cognito.forgotPassword(r -> r.clientId("nosuchclient").username("jane")),
                    ResourceNotFoundException.class, "User pool client nosuchclient does not exist.");
        }
    }

    @Nested
    @DisplayName("when an administrator sets or resets a password")
    class Administrator {

        @BeforeEach
        void kimInvited() {
            cognito.adminCreateUser(r -> r.userPoolId(poolId).username("kim").messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(attribute("email", "kim@example.com"), attribute("email_verified", "true")));
        }

        @Test
        @DisplayName("a permanent password confirms the user; a temporary one requires a change again")
        void setsPasswords() {
            WireResponse response = server.call("AdminSetUserPassword", "{\"UserPoolId\":\"" + poolId
                    + "\",\"Username\":\"kim\",\"Password\":\"" + NEW_PASSWORD + "\",\"Permanent\":true}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("{}");
            assertThat(user("kim").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
            assertThat(passwordIs("kim", NEW_PASSWORD)).isTrue();

            cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("kim").password("Temporary-Pass-9"));

            assertThat(user("kim").userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
            assertThat(passwordIs("kim", "Temporary-Pass-9")).isTrue();
            assertThat(server.devOutbox(poolId, "kim")).isEmpty();
        }

        @Test
        @DisplayName("a password breaking the policy and an unknown user are refused")
        void refusals() {
            assertRefused(() -> cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("kim")
                            .password("Sh0rt!").permanent(true)), InvalidPasswordException.class,
                    "Password did not conform with policy: Password not long enough");
            assertRefused(() -> cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("nobody")
                    .password(NEW_PASSWORD).permanent(true)), UserNotFoundException.class, "User does not exist.");
            assertRefused(() -> cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("nobody")),
                    UserNotFoundException.class, "User does not exist.");
        }

        @Test
        @DisplayName("a reset requires a new password, set with the code sent to the verified email")
        void resets() {
            cognito.adminSetUserPassword(r -> r.userPoolId(poolId).username("kim").password(PASSWORD)
                    .permanent(true));

            WireResponse response = server.call("AdminResetUserPassword", "{\"UserPoolId\":\"" + poolId
                    + "\",\"Username\":\"kim\"}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.text()).isEqualTo("{}");
            assertThat(user("kim").userStatus()).isEqualTo(UserStatusType.RESET_REQUIRED);
            assertThat(server.devOutbox(poolId, "kim")).singleElement().satisfies(message -> {
                assertThat(message.path("kind").asText()).isEqualTo(FORGOT_PASSWORD);
                assertThat(message.path("destination").asText()).isEqualTo("kim@example.com");
            });
            confirmForgot("kim", resetCode("kim"), NEW_PASSWORD);
            assertThat(user("kim").userStatus()).isEqualTo(UserStatusType.CONFIRMED);
            assertThat(passwordIs("kim", NEW_PASSWORD)).isTrue();
        }
    }
}
