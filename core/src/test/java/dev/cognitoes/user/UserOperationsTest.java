package dev.cognitoes.user;

import static dev.cognitoes.user.TestCognito.ADMIN_ONLY_CLIENT;
import static dev.cognitoes.user.TestCognito.CLIENT;
import static dev.cognitoes.user.TestCognito.CLIENT_SECRET;
import static dev.cognitoes.user.TestCognito.EMAIL_CLIENT;
import static dev.cognitoes.user.TestCognito.EMAIL_POOL;
import static dev.cognitoes.user.TestCognito.INSENSITIVE_CLIENT;
import static dev.cognitoes.user.TestCognito.INSENSITIVE_POOL;
import static dev.cognitoes.user.TestCognito.MASKING_CLIENT;
import static dev.cognitoes.user.TestCognito.POOL;
import static dev.cognitoes.user.TestCognito.REQUIRED_NAME_CLIENT;
import static dev.cognitoes.user.TestCognito.SECRET_CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.user.api.AdminConfirmSignUpCommand;
import dev.cognitoes.user.api.AdminCreateUserCommand;
import dev.cognitoes.user.api.AdminCreateUserResult;
import dev.cognitoes.user.api.AdminDeleteUserCommand;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.CountUsersQuery;
import dev.cognitoes.user.api.CodeDeliveryDetails;
import dev.cognitoes.user.api.ConfirmSignUpCommand;
import dev.cognitoes.user.api.ListUsersQuery;
import dev.cognitoes.user.api.ListUsersResult;
import dev.cognitoes.user.api.MessageAction;
import dev.cognitoes.user.api.ResendConfirmationCodeCommand;
import dev.cognitoes.user.api.ResendConfirmationCodeResult;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.SignUpResult;
import dev.cognitoes.user.api.UserStatus;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.DeleteUserPoolCommand;
import dev.cognitoes.userpool.api.DescribeUserPoolQuery;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserOperationsTest {

    static final String PASSWORD = "Correct-Horse-1";
    static final Map<String, String> JANE = Map.of("email", "jane@example.com");

    private TestCognito cognito;

    @BeforeEach
    void start() {
        cognito = new TestCognito();
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    SignUpResult signUp(String clientId, String username, Map<String, String> attributes) {
        return cognito.runtime.send(new SignUpCommand(clientId, null, username, PASSWORD, attributes));
    }

    void confirm(String clientId, String username, String code) {
        cognito.runtime.send(new ConfirmSignUpCommand(clientId, null, username, code, false));
    }

    String signUpCode(String userPoolId, String username) {
        return cognito.lastCode(userPoolId, username, MessageKind.SIGN_UP);
    }

    UserView user(String userPoolId, String username) {
        return cognito.runtime.query(new AdminGetUserQuery(userPoolId, username));
    }

    static String secretHash(String username, String clientId, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
    }

    static void assertRefused(ThrowingCallable call, CognitoError error, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CognitoException.class, e -> {
            assertThat(e.error()).isEqualTo(error);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Nested
    @DisplayName("when a user signs up")
    class SigningUp {

        @Test
        void the_user_is_unconfirmed_and_gets_a_code_at_the_auto_verified_email() {
            SignUpResult result = signUp(CLIENT, "jane", JANE);

            assertThat(result.userConfirmed()).isFalse();
            assertThat(result.userSub()).isEqualTo(TestIds.sub(1));
            assertThat(result.codeDeliveryDetails())
                    .isEqualTo(new CodeDeliveryDetails("j***@e***", DeliveryMedium.EMAIL, "email"));
            assertThat(cognito.messages(POOL, "jane")).singleElement().satisfies(message -> {
                assertThat(message.kind()).isEqualTo(MessageKind.SIGN_UP);
                assertThat(message.destination()).isEqualTo("jane@example.com");
                assertThat(message.code()).isEqualTo("100001");
            });
            UserView jane = user(POOL, "jane");
            assertThat(jane.status()).isEqualTo(UserStatus.UNCONFIRMED);
            assertThat(jane.attributes()).containsExactly(Map.entry("sub", TestIds.sub(1)),
                    Map.entry("email", "jane@example.com"));
        }

        @Test
        void without_auto_verification_no_code_is_sent() {
            SignUpResult result = signUp(REQUIRED_NAME_CLIENT, "jane", Map.of("name", "Jane", "email", "j@x.io"));

            assertThat(result.codeDeliveryDetails()).isNull();
            assertThat(cognito.messages(TestCognito.REQUIRED_NAME_POOL, "jane")).isEmpty();
        }

        @Test
        void an_unknown_client_is_refused() {
            assertRefused(() -> signUp("nosuchclient", "jane", JANE), CognitoError.RESOURCE_NOT_FOUND,
                    "User pool client nosuchclient does not exist.");
        }

        @Test
        void a_pool_where_only_administrators_create_users_refuses() {
            assertRefused(() -> signUp(ADMIN_ONLY_CLIENT, "jane", JANE), CognitoError.NOT_AUTHORIZED,
                    "SignUp is not permitted for this user pool");
        }

        @Test
        void a_taken_username_is_refused() {
            signUp(CLIENT, "jane", JANE);
            assertRefused(() -> signUp(CLIENT, "jane", JANE), CognitoError.USERNAME_EXISTS, "User already exists");
        }

        @Test
        void usernames_differing_in_case_are_different_users_in_a_case_sensitive_pool() {
            signUp(CLIENT, "jane", JANE);
            signUp(CLIENT, "Jane", JANE);

            assertThat(user(POOL, "Jane").sub()).isNotEqualTo(user(POOL, "jane").sub());
        }

        @Test
        void a_case_insensitive_pool_refuses_the_same_name_in_another_case_and_keeps_the_original_case() {
            signUp(INSENSITIVE_CLIENT, "JaneDoe", JANE);

            assertRefused(() -> signUp(INSENSITIVE_CLIENT, "janedoe", JANE), CognitoError.USERNAME_EXISTS,
                    "User already exists");
            assertThat(user(INSENSITIVE_POOL, "JANEDOE").username()).isEqualTo("JaneDoe");
        }

        @Test
        void passwords_must_follow_the_policy() {
            assertRefused(() -> cognito.runtime.send(new SignUpCommand(CLIENT, null, "jane", "Sh0rt!", JANE)),
                    CognitoError.INVALID_PASSWORD, "Password did not conform with policy: Password not long enough");
            assertRefused(() -> cognito.runtime.send(new SignUpCommand(CLIENT, null, "jane", "lowercase-1", JANE)),
                    CognitoError.INVALID_PASSWORD,
                    "Password did not conform with policy: Password must have uppercase characters");
            assertRefused(() -> cognito.runtime.send(new SignUpCommand(CLIENT, null, "jane", "UPPERCASE-1", JANE)),
                    CognitoError.INVALID_PASSWORD,
                    "Password did not conform with policy: Password must have lowercase characters");
            assertRefused(() -> cognito.runtime.send(new SignUpCommand(CLIENT, null, "jane", "No-Digits-", JANE)),
                    CognitoError.INVALID_PASSWORD,
                    "Password did not conform with policy: Password must have numeric characters");
            assertRefused(() -> cognito.runtime.send(new SignUpCommand(CLIENT, null, "jane", "NoSymbols1", JANE)),
                    CognitoError.INVALID_PASSWORD,
                    "Password did not conform with policy: Password must have symbol characters");
        }

        @Test
        void attributes_must_follow_the_schema() {
            assertRefused(() -> signUp(CLIENT, "jane", Map.of("custom:nope", "x")), CognitoError.INVALID_PARAMETER,
                    "Attributes did not conform to the schema: Type for attribute {custom:nope} could not be "
                            + "determined");
            assertRefused(() -> signUp(REQUIRED_NAME_CLIENT, "jane", Map.of()), CognitoError.INVALID_PARAMETER,
                    "Attributes did not conform to the schema: name: The attribute is required\n"
                            + "email: The attribute is required\n");
            assertRefused(() -> signUp(CLIENT, "jane", Map.of("sub", "mine")), CognitoError.NOT_AUTHORIZED,
                    "A client attempted to write unauthorized attribute");
            assertRefused(() -> signUp(CLIENT, "jane", Map.of("dev:custom:internal", "x")),
                    CognitoError.NOT_AUTHORIZED, "A client attempted to write unauthorized attribute");
        }

        @Test
        void a_client_with_a_secret_needs_the_secret_hash() throws Exception {
            assertRefused(() -> signUp(SECRET_CLIENT, "jane", JANE), CognitoError.NOT_AUTHORIZED,
                    "Client secretclient is configured with secret but SECRET_HASH was not received");
            assertRefused(() -> cognito.runtime.send(new SignUpCommand(SECRET_CLIENT,
                            secretHash("jane", SECRET_CLIENT, "wrong"), "jane", PASSWORD, JANE)),
                    CognitoError.NOT_AUTHORIZED, "Unable to verify secret hash for client secretclient");

            SignUpResult result = cognito.runtime.send(new SignUpCommand(SECRET_CLIENT,
                    secretHash("jane", SECRET_CLIENT, CLIENT_SECRET), "jane", PASSWORD, JANE));
            assertThat(result.userSub()).isNotNull();
        }
    }

    @Nested
    @DisplayName("when the pool uses email addresses as usernames")
    class EmailAsUsername {

        @Test
        void the_stored_username_is_the_sub_and_the_email_finds_the_user() {
            SignUpResult result = signUp(EMAIL_CLIENT, "Jane@Example.com", Map.of());

            UserView jane = user(EMAIL_POOL, "jane@example.com");
            assertThat(jane.username()).isEqualTo(result.userSub());
            assertThat(jane.attribute("email")).isEqualTo("Jane@Example.com");
            assertThat(user(EMAIL_POOL, result.userSub()).sub()).isEqualTo(result.userSub());
        }

        @Test
        void the_username_must_be_an_email_address() {
            assertRefused(() -> signUp(EMAIL_CLIENT, "jane", Map.of()), CognitoError.INVALID_PARAMETER,
                    "Username should be an email.");
        }

        @Test
        void an_email_address_signs_up_once() {
            signUp(EMAIL_CLIENT, "jane@example.com", Map.of());
            assertRefused(() -> signUp(EMAIL_CLIENT, "JANE@example.com", Map.of()), CognitoError.USERNAME_EXISTS,
                    "An account with the given email already exists.");
        }

        @Test
        void the_code_confirms_the_user_found_by_email() {
            SignUpResult result = signUp(EMAIL_CLIENT, "jane@example.com", Map.of());

            confirm(EMAIL_CLIENT, "jane@example.com", signUpCode(EMAIL_POOL, result.userSub()));

            assertThat(user(EMAIL_POOL, "jane@example.com").status()).isEqualTo(UserStatus.CONFIRMED);
        }
    }

    @Nested
    @DisplayName("when a user confirms the sign-up")
    class ConfirmingSignUp {

        @BeforeEach
        void janeSignedUp() {
            signUp(CLIENT, "jane", JANE);
        }

        @Test
        void the_right_code_confirms_and_verifies_the_email() {
            confirm(CLIENT, "jane", signUpCode(POOL, "jane"));

            UserView jane = user(POOL, "jane");
            assertThat(jane.status()).isEqualTo(UserStatus.CONFIRMED);
            assertThat(jane.attribute("email_verified")).isEqualTo("true");
        }

        @Test
        void an_unknown_client_is_refused() {
            assertRefused(() -> confirm("nosuchclient", "jane", "100001"), CognitoError.RESOURCE_NOT_FOUND,
                    "User pool client nosuchclient does not exist.");
        }

        @Test
        void a_client_with_a_secret_needs_the_right_secret_hash() throws Exception {
            assertRefused(() -> confirm(SECRET_CLIENT, "jane", signUpCode(POOL, "jane")),
                    CognitoError.NOT_AUTHORIZED,
                    "Client secretclient is configured with secret but SECRET_HASH was not received");
            assertRefused(() -> cognito.runtime.send(new ConfirmSignUpCommand(SECRET_CLIENT,
                            secretHash("jane", SECRET_CLIENT, "wrong"), "jane", signUpCode(POOL, "jane"), false)),
                    CognitoError.NOT_AUTHORIZED, "Unable to verify secret hash for client secretclient");

            cognito.runtime.send(new ConfirmSignUpCommand(SECRET_CLIENT,
                    secretHash("jane", SECRET_CLIENT, CLIENT_SECRET), "jane", signUpCode(POOL, "jane"), false));
            assertThat(user(POOL, "jane").status()).isEqualTo(UserStatus.CONFIRMED);
        }

        @Test
        void an_unknown_user_is_reported_as_not_found() {
            assertRefused(() -> confirm(CLIENT, "nobody", "100001"), CognitoError.USER_NOT_FOUND,
                    "Username/client id combination not found.");
        }

        @Test
        void an_unknown_user_looks_like_a_wrong_code_to_a_client_that_prevents_user_existence_errors() {
            assertRefused(() -> confirm(MASKING_CLIENT, "nobody", "100001"), CognitoError.CODE_MISMATCH,
                    "Invalid verification code provided, please try again.");
        }

        @Test
        void a_wrong_code_is_refused_and_leaves_the_user_unconfirmed() {
            assertRefused(() -> confirm(CLIENT, "jane", "999999"), CognitoError.CODE_MISMATCH,
                    "Invalid verification code provided, please try again.");
            assertThat(user(POOL, "jane").status()).isEqualTo(UserStatus.UNCONFIRMED);
        }

        @Test
        void a_code_older_than_24_hours_is_expired() {
            cognito.clock.advance(Duration.ofHours(24));

            assertRefused(() -> confirm(CLIENT, "jane", signUpCode(POOL, "jane")), CognitoError.EXPIRED_CODE,
                    "Invalid code provided, please request a code again.");
        }

        @Test
        void a_confirmed_user_cannot_confirm_again() {
            String code = signUpCode(POOL, "jane");
            confirm(CLIENT, "jane", code);

            assertRefused(() -> confirm(CLIENT, "jane", code), CognitoError.NOT_AUTHORIZED,
                    "User cannot be confirmed. Current status is CONFIRMED");
        }

        @Test
        void after_five_wrong_codes_even_the_right_code_is_refused_for_a_while() {
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertRefused(() -> confirm(CLIENT, "jane", "999999"), CognitoError.CODE_MISMATCH,
                        "Invalid verification code provided, please try again.");
            }
            String code = signUpCode(POOL, "jane");

            assertRefused(() -> confirm(CLIENT, "jane", code), CognitoError.LIMIT_EXCEEDED,
                    "Attempt limit exceeded, please try after some time.");

            cognito.clock.advance(Duration.ofMinutes(15));
            confirm(CLIENT, "jane", code);
            assertThat(user(POOL, "jane").status()).isEqualTo(UserStatus.CONFIRMED);
        }

        @Test
        void a_resent_code_replaces_the_previous_one() {
            String first = signUpCode(POOL, "jane");
            ResendConfirmationCodeResult resent = cognito.runtime.send(
                    new ResendConfirmationCodeCommand(CLIENT, null, "jane"));
            String second = signUpCode(POOL, "jane");

            assertThat(resent.codeDeliveryDetails())
                    .isEqualTo(new CodeDeliveryDetails("j***@e***", DeliveryMedium.EMAIL, "email"));
            assertThat(second).isNotEqualTo(first);
            assertRefused(() -> confirm(CLIENT, "jane", first), CognitoError.CODE_MISMATCH,
                    "Invalid verification code provided, please try again.");
            confirm(CLIENT, "jane", second);
        }
    }

    @Nested
    @DisplayName("when the confirmed email is another user's verified alias")
    class AliasConflict {

        @BeforeEach
        void aliceHoldsTheAlias() {
            signUp(INSENSITIVE_CLIENT, "alice", Map.of("email", "shared@example.com"));
            confirm(INSENSITIVE_CLIENT, "alice", signUpCode(INSENSITIVE_POOL, "alice"));
            signUp(INSENSITIVE_CLIENT, "bob", Map.of("email", "Shared@Example.com"));
        }

        @Test
        void the_alias_finds_its_holder() {
            assertThat(user(INSENSITIVE_POOL, "shared@example.com").username()).isEqualTo("alice");
        }

        @Test
        void confirmation_is_refused_and_the_user_stays_unconfirmed() {
            assertRefused(() -> confirm(INSENSITIVE_CLIENT, "bob", signUpCode(INSENSITIVE_POOL, "bob")),
                    CognitoError.ALIAS_EXISTS, "An account with the given email already exists.");
            assertThat(user(INSENSITIVE_POOL, "bob").status()).isEqualTo(UserStatus.UNCONFIRMED);
        }

        @Test
        void forcing_the_alias_moves_it_and_unverifies_the_previous_holder() {
            cognito.runtime.send(new ConfirmSignUpCommand(INSENSITIVE_CLIENT, null, "bob",
                    signUpCode(INSENSITIVE_POOL, "bob"), true));

            assertThat(user(INSENSITIVE_POOL, "shared@example.com").username()).isEqualTo("bob");
            assertThat(user(INSENSITIVE_POOL, "alice").attribute("email_verified")).isEqualTo("false");
            assertThat(user(INSENSITIVE_POOL, "bob").attribute("email_verified")).isEqualTo("true");
        }
    }

    @Nested
    @DisplayName("when a code is requested again")
    class ResendingTheCode {

        @Test
        void a_confirmed_user_gets_none() {
            signUp(CLIENT, "jane", JANE);
            confirm(CLIENT, "jane", signUpCode(POOL, "jane"));

            assertRefused(() -> cognito.runtime.send(new ResendConfirmationCodeCommand(CLIENT, null, "jane")),
                    CognitoError.INVALID_PARAMETER, "User is already confirmed.");
        }

        @Test
        void an_unknown_user_is_reported_or_masked_as_the_client_prefers() {
            assertRefused(() -> cognito.runtime.send(new ResendConfirmationCodeCommand(CLIENT, null, "nobody")),
                    CognitoError.USER_NOT_FOUND, "Username/client id combination not found.");

            ResendConfirmationCodeResult masked = cognito.runtime.send(
                    new ResendConfirmationCodeCommand(MASKING_CLIENT, null, "nobody@example.com"));
            assertThat(masked.codeDeliveryDetails())
                    .isEqualTo(new CodeDeliveryDetails("n***@e***", DeliveryMedium.EMAIL, "email"));
        }

        @Test
        void a_pool_without_auto_verification_has_no_code_to_resend() {
            signUp(REQUIRED_NAME_CLIENT, "jane", Map.of("name", "Jane", "email", "j@x.io"));

            assertRefused(() -> cognito.runtime.send(
                            new ResendConfirmationCodeCommand(REQUIRED_NAME_CLIENT, null, "jane")),
                    CognitoError.INVALID_PARAMETER, "Cannot resend codes. Auto verification not turned on.");
        }
    }

    @Nested
    @DisplayName("when an administrator confirms a user")
    class AdministratorConfirming {

        @Test
        void an_unconfirmed_user_becomes_confirmed() {
            signUp(CLIENT, "jane", JANE);

            cognito.runtime.send(new AdminConfirmSignUpCommand(POOL, "jane"));

            assertThat(user(POOL, "jane").status()).isEqualTo(UserStatus.CONFIRMED);
            assertThat(user(POOL, "jane").attribute("email_verified")).isNull();
        }

        @Test
        void a_confirmed_user_is_refused() {
            signUp(CLIENT, "jane", JANE);
            cognito.runtime.send(new AdminConfirmSignUpCommand(POOL, "jane"));

            assertRefused(() -> cognito.runtime.send(new AdminConfirmSignUpCommand(POOL, "jane")),
                    CognitoError.NOT_AUTHORIZED, "User cannot be confirmed. Current status is CONFIRMED");
        }

        @Test
        void an_unknown_user_or_pool_is_refused() {
            assertRefused(() -> cognito.runtime.send(new AdminConfirmSignUpCommand(POOL, "nobody")),
                    CognitoError.USER_NOT_FOUND, "User does not exist.");
            assertRefused(() -> cognito.runtime.send(new AdminConfirmSignUpCommand("us-east-1_Nothing00", "x")),
                    CognitoError.RESOURCE_NOT_FOUND, "User pool us-east-1_Nothing00 does not exist.");
        }
    }

    @Nested
    @DisplayName("when an administrator creates a user")
    class AdministratorCreating {

        AdminCreateUserResult create(String username, String temporaryPassword, MessageAction action,
                                     Set<DeliveryMedium> mediums) {
            return cognito.runtime.send(new AdminCreateUserCommand(POOL, username,
                    Map.of("email", "kim@example.com", "phone_number", "+15555550100"), temporaryPassword, false,
                    action, mediums));
        }

        @Test
        void the_user_must_change_the_generated_temporary_password_sent_by_the_chosen_medium() {
            AdminCreateUserResult result = create("kim", null, null, Set.of(DeliveryMedium.EMAIL));

            assertThat(result.user().status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
            assertThat(result.user().username()).isEqualTo("kim");
            OutboundMessage invitation = cognito.messages(POOL, "kim").get(0);
            assertThat(invitation.kind()).isEqualTo(MessageKind.INVITATION);
            assertThat(invitation.medium()).isEqualTo(DeliveryMedium.EMAIL);
            new PasswordRules(cognito.runtime.query(new DescribeUserPoolQuery(POOL)).settings().passwordPolicy())
                    .check(invitation.code());
            assertThat(user(POOL, "kim").status()).isEqualTo(UserStatus.FORCE_CHANGE_PASSWORD);
        }

        @Test
        void without_a_chosen_medium_the_invitation_goes_by_sms() {
            create("kim", "Temporary-Pass-1", null, Set.of());

            assertThat(cognito.messages(POOL, "kim")).singleElement().satisfies(message -> {
                assertThat(message.medium()).isEqualTo(DeliveryMedium.SMS);
                assertThat(message.code()).isEqualTo("Temporary-Pass-1");
            });
        }

        @Test
        void a_suppressed_invitation_is_not_sent() {
            create("kim", null, MessageAction.SUPPRESS, Set.of(DeliveryMedium.EMAIL));

            assertThat(cognito.messages(POOL, "kim")).isEmpty();
        }

        @Test
        void a_resent_invitation_carries_a_new_temporary_password() {
            create("kim", "Temporary-Pass-1", null, Set.of(DeliveryMedium.EMAIL));

            create("kim", null, MessageAction.RESEND, Set.of(DeliveryMedium.EMAIL));

            List<OutboundMessage> messages = cognito.messages(POOL, "kim");
            assertThat(messages).hasSize(2);
            assertThat(messages.get(1).code()).isNotEqualTo("Temporary-Pass-1");
        }

        @Test
        void resending_needs_an_existing_user_who_has_not_signed_in() {
            assertRefused(() -> create("kim", null, MessageAction.RESEND, Set.of()), CognitoError.USER_NOT_FOUND,
                    "User does not exist.");
            signUp(CLIENT, "jane", JANE);
            assertRefused(() -> cognito.runtime.send(new AdminCreateUserCommand(POOL, "jane", Map.of(), null, false,
                            MessageAction.RESEND, Set.of())), CognitoError.UNSUPPORTED_USER_STATE,
                    "Resend not possible. jane status is not FORCE_CHANGE_PASSWORD.");
        }

        @Test
        void a_taken_username_is_refused() {
            create("kim", null, null, Set.of());
            assertRefused(() -> create("kim", null, null, Set.of()), CognitoError.USERNAME_EXISTS,
                    "User account already exists");
        }

        @Test
        void a_temporary_password_must_follow_the_policy() {
            assertRefused(() -> create("kim", "short", null, Set.of()), CognitoError.INVALID_PASSWORD,
                    "Password did not conform with policy: Password not long enough");
        }

        @Test
        void a_verified_alias_already_held_by_another_user_is_refused_unless_forced() {
            signUp(INSENSITIVE_CLIENT, "alice", Map.of("email", "shared@example.com"));
            confirm(INSENSITIVE_CLIENT, "alice", signUpCode(INSENSITIVE_POOL, "alice"));
            Map<String, String> verified = Map.of("email", "shared@example.com", "email_verified", "true");

            assertRefused(() -> cognito.runtime.send(new AdminCreateUserCommand(INSENSITIVE_POOL, "kim", verified,
                            null, false, MessageAction.SUPPRESS, Set.of())), CognitoError.ALIAS_EXISTS,
                    "An account with the given email already exists.");
            cognito.runtime.send(new AdminCreateUserCommand(INSENSITIVE_POOL, "kim", verified, null, true,
                    MessageAction.SUPPRESS, Set.of()));
            assertThat(user(INSENSITIVE_POOL, "shared@example.com").username()).isEqualTo("kim");
        }
    }

    @Nested
    @DisplayName("when an administrator deletes a user")
    class AdministratorDeleting {

        @Test
        void the_user_is_gone_and_the_username_free_again() {
            SignUpResult first = signUp(CLIENT, "jane", JANE);

            cognito.runtime.send(new AdminDeleteUserCommand(POOL, "jane"));

            assertRefused(() -> user(POOL, "jane"), CognitoError.USER_NOT_FOUND, "User does not exist.");
            SignUpResult second = signUp(CLIENT, "jane", JANE);
            assertThat(second.userSub()).isNotEqualTo(first.userSub());
            assertThat(user(POOL, "jane").sub()).isEqualTo(second.userSub());
        }

        @Test
        void an_unknown_user_is_refused() {
            assertRefused(() -> cognito.runtime.send(new AdminDeleteUserCommand(POOL, "nobody")),
                    CognitoError.USER_NOT_FOUND, "User does not exist.");
        }
    }

    @Nested
    @DisplayName("when users are listed")
    class Listing {

        @BeforeEach
        void fiveUsers() {
            for (String name : List.of("ann", "ben", "cat", "dan", "eve")) {
                signUp(CLIENT, name, Map.of("email", name + "@example.com", "custom:team", "blue"));
            }
        }

        @Test
        void pages_follow_one_another_until_every_user_was_listed() {
            List<String> listed = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                ListUsersResult page = cognito.runtime.query(new ListUsersQuery(POOL, null, 2, token, null));
                page.users().forEach(user -> listed.add(user.username()));
                token = page.paginationToken();
                pages++;
            } while (token != null);

            assertThat(pages).isEqualTo(3);
            assertThat(listed).containsExactly("ann", "ben", "cat", "dan", "eve");
        }

        @Test
        void users_added_or_deleted_between_pages_neither_repeat_nor_shift_the_others() {
            ListUsersResult first = cognito.runtime.query(new ListUsersQuery(POOL, null, 2, null, null));
            List<String> listed = new ArrayList<>(first.users().stream().map(UserView::username).toList());
            cognito.runtime.send(new AdminDeleteUserCommand(POOL, "ben"));
            cognito.runtime.send(new AdminDeleteUserCommand(POOL, "dan"));
            signUp(CLIENT, "fay", Map.of("email", "fay@example.com"));

            String token = first.paginationToken();
            while (token != null) {
                ListUsersResult page = cognito.runtime.query(new ListUsersQuery(POOL, null, 2, token, null));
                page.users().forEach(user -> listed.add(user.username()));
                token = page.paginationToken();
            }

            assertThat(listed).containsExactly("ann", "ben", "cat", "eve", "fay");
        }

        @Test
        void only_the_attributes_asked_for_are_shown() {
            ListUsersResult page = cognito.runtime.query(
                    new ListUsersQuery(POOL, List.of("email"), null, null, null));

            assertThat(page.users()).hasSize(5).allSatisfy(user ->
                    assertThat(user.attributes()).containsOnlyKeys("email"));
            assertThat(page.paginationToken()).isNull();
        }

        @Test
        void a_limit_above_60_is_refused() {
            assertRefused(() -> cognito.runtime.query(new ListUsersQuery(POOL, null, 61, null, null)),
                    CognitoError.INVALID_PARAMETER, "1 validation error detected: Value '61' at 'limit' failed to "
                            + "satisfy constraint: Member must have value less than or equal to 60");
        }

        @Test
        void a_token_of_another_list_is_refused() {
            signUp(INSENSITIVE_CLIENT, "fay", Map.of("email", "fay@example.com"));
            signUp(INSENSITIVE_CLIENT, "gus", Map.of("email", "gus@example.com"));
            String otherList = cognito.runtime.query(new ListUsersQuery(INSENSITIVE_POOL, null, 1, null, null))
                    .paginationToken();
            assertThat(otherList).isNotNull();

            assertThatThrownBy(() -> cognito.runtime.query(new ListUsersQuery(POOL, null, 2, otherList, null)))
                    .isInstanceOfSatisfying(CognitoException.class,
                            e -> assertThat(e.error()).isEqualTo(CognitoError.INVALID_PARAMETER));
        }

        @Test
        void an_unknown_pool_is_refused() {
            assertRefused(() -> cognito.runtime.query(ListUsersQuery.firstPage("us-east-1_Nothing00")),
                    CognitoError.RESOURCE_NOT_FOUND, "User pool us-east-1_Nothing00 does not exist.");
        }
    }

    @Nested
    @DisplayName("when users are counted")
    class Counting {

        @Test
        void every_user_counts_whatever_the_status_until_deleted() {
            assertThat(cognito.runtime.query(new CountUsersQuery(POOL))).isZero();
            signUp(CLIENT, "jane", JANE);
            signUp(CLIENT, "joe", Map.of("email", "joe@example.com"));
            confirm(CLIENT, "joe", signUpCode(POOL, "joe"));
            cognito.runtime.send(new AdminCreateUserCommand(POOL, "kim", Map.of(), null, false,
                    MessageAction.SUPPRESS, Set.of()));
            signUp(INSENSITIVE_CLIENT, "other", JANE);

            assertThat(cognito.runtime.query(new CountUsersQuery(POOL))).isEqualTo(3L);

            cognito.runtime.send(new AdminDeleteUserCommand(POOL, "jane"));
            assertThat(cognito.runtime.query(new CountUsersQuery(POOL))).isEqualTo(2L);
            assertThat(cognito.runtime.query(new CountUsersQuery(INSENSITIVE_POOL))).isEqualTo(1L);
        }

        @Test
        void an_unknown_pool_is_refused() {
            assertRefused(() -> cognito.runtime.query(new CountUsersQuery("us-east-1_Nothing00")),
                    CognitoError.RESOURCE_NOT_FOUND, "User pool us-east-1_Nothing00 does not exist.");
        }
    }

    @Nested
    @DisplayName("when the pool is deleted")
    class PoolDeleted {

        static final String POOL_GONE = "User pool " + POOL + " does not exist.";
        static final String CLIENT_GONE = "User pool client " + CLIENT + " does not exist.";

        @BeforeEach
        void janeSignedUpThenThePoolWasDeleted() {
            signUp(CLIENT, "jane", JANE);
            cognito.runtime.send(new AdminCreateUserCommand(POOL, "kim", Map.of(), null, false,
                    MessageAction.SUPPRESS, Set.of()));
            signUp(INSENSITIVE_CLIENT, "other", JANE);
            cognito.runtime.send(new DeleteUserPoolCommand(POOL));
        }

        @Test
        void its_users_and_their_names_are_gone_from_the_read_model_and_other_pools_keep_theirs() {
            assertThat(cognito.storage.userStore().count(POOL)).isZero();
            assertThat(cognito.storage.userStore().findBySub(POOL, TestIds.sub(1))).isEmpty();
            assertThat(cognito.storage.userStore().namesOf(POOL, TestIds.sub(1))).isEmpty();
            assertThat(user(INSENSITIVE_POOL, "other").sub()).isEqualTo(TestIds.sub(3));
        }

        @Test
        void administrator_operations_answer_that_the_pool_does_not_exist() {
            assertRefused(() -> user(POOL, "jane"), CognitoError.RESOURCE_NOT_FOUND, POOL_GONE);
            assertRefused(() -> cognito.runtime.query(ListUsersQuery.firstPage(POOL)),
                    CognitoError.RESOURCE_NOT_FOUND, POOL_GONE);
            assertRefused(() -> cognito.runtime.query(new CountUsersQuery(POOL)), CognitoError.RESOURCE_NOT_FOUND,
                    POOL_GONE);
            assertRefused(() -> cognito.runtime.send(new AdminConfirmSignUpCommand(POOL, "jane")),
                    CognitoError.RESOURCE_NOT_FOUND, POOL_GONE);
            assertRefused(() -> cognito.runtime.send(new AdminDeleteUserCommand(POOL, "kim")),
                    CognitoError.RESOURCE_NOT_FOUND, POOL_GONE);
            assertRefused(() -> cognito.runtime.send(new AdminCreateUserCommand(POOL, "kim", Map.of(), null, false,
                    MessageAction.RESEND, Set.of())), CognitoError.RESOURCE_NOT_FOUND, POOL_GONE);
            assertRefused(() -> cognito.runtime.send(new AdminCreateUserCommand(POOL, "new", Map.of(), null, false,
                    null, Set.of())), CognitoError.RESOURCE_NOT_FOUND, POOL_GONE);
        }

        @Test
        void client_operations_answer_that_the_client_does_not_exist() {
            assertRefused(() -> signUp(CLIENT, "fresh", JANE), CognitoError.RESOURCE_NOT_FOUND, CLIENT_GONE);
            assertRefused(() -> confirm(CLIENT, "jane", signUpCode(POOL, "jane")), CognitoError.RESOURCE_NOT_FOUND,
                    CLIENT_GONE);
            assertRefused(() -> cognito.runtime.send(new ResendConfirmationCodeCommand(CLIENT, null, "jane")),
                    CognitoError.RESOURCE_NOT_FOUND, CLIENT_GONE);
        }
    }
}
