package dev.cognitoes.user;

import static dev.cognitoes.user.TestCognito.CLIENT;
import static dev.cognitoes.user.TestCognito.EMAIL_CLIENT;
import static dev.cognitoes.user.TestCognito.EMAIL_POOL;
import static dev.cognitoes.user.TestCognito.POOL;
import static dev.cognitoes.user.UserOperationsTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.delivery.MessageKind;
import dev.cognitoes.delivery.OutboundMessage;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.user.api.AdminCreateUserCommand;
import dev.cognitoes.user.api.AdminDeleteUserAttributesCommand;
import dev.cognitoes.user.api.AdminDisableUserCommand;
import dev.cognitoes.user.api.AdminEnableUserCommand;
import dev.cognitoes.user.api.AdminGetUserQuery;
import dev.cognitoes.user.api.AdminSetUserSettingsCommand;
import dev.cognitoes.user.api.AdminUpdateUserAttributesCommand;
import dev.cognitoes.user.api.ForgotPasswordCommand;
import dev.cognitoes.user.api.ListUsersQuery;
import dev.cognitoes.user.api.MessageAction;
import dev.cognitoes.user.api.MfaOption;
import dev.cognitoes.user.api.SignUpCommand;
import dev.cognitoes.user.api.UserView;
import dev.cognitoes.userpool.api.AddCustomAttributesCommand;
import dev.cognitoes.userpool.api.AttributeDataType;
import dev.cognitoes.userpool.api.SchemaAttributeDeclaration;
import dev.cognitoes.userpool.api.SignInSettings;
import dev.cognitoes.userpool.api.UserPoolSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AttributeOperationsTest {

    static final String ALIAS_POOL = "us-east-1_Aliases01";
    static final String ALIAS_CLIENT = "aliasclient";
    static final String VERIFY_FIRST_POOL = "us-east-1_VerifyFst1";

    private TestCognito cognito;

    @BeforeEach
    void start() {
        cognito = new TestCognito();
        cognito.pool(ALIAS_POOL, new SignInSettings(Set.of(), Set.of("email", "preferred_username"), false),
                TestCognito.settings(Set.of("email"), false), List.of());
        cognito.client(ALIAS_POOL, ALIAS_CLIENT, null, "LEGACY");
        UserPoolSettings plain = TestCognito.settings(Set.of("email"), false);
        cognito.pool(VERIFY_FIRST_POOL, new SignInSettings(Set.of(), Set.of("email"), false),
                new UserPoolSettings(plain.poolName(), plain.passwordPolicy(), plain.allowedFirstAuthFactors(), false,
                        Set.of("email"), plain.verificationMessageTemplate(), null, Set.of("email"), "OFF",
                        plain.adminCreateUserConfig(), List.of(), Map.of(), "ESSENTIALS", Map.of()), List.of());
    }

    @AfterEach
    void stop() {
        cognito.close();
    }

    void create(String userPoolId, String username, Map<String, String> attributes) {
        cognito.runtime.send(new AdminCreateUserCommand(userPoolId, username, attributes, "Temporary-Pass-1", false,
                MessageAction.SUPPRESS, Set.of()));
    }

    void update(String userPoolId, String username, Map<String, String> attributes) {
        cognito.runtime.send(new AdminUpdateUserAttributesCommand(userPoolId, username, attributes));
    }

    UserView user(String userPoolId, String username) {
        return cognito.runtime.query(new AdminGetUserQuery(userPoolId, username));
    }

    List<OutboundMessage> verificationMessages(String userPoolId, String username) {
        return cognito.messages(userPoolId, username).stream()
                .filter(m -> m.kind() == MessageKind.ATTRIBUTE_VERIFICATION).toList();
    }

    @Nested
    @DisplayName("when an administrator changes a verified email alias")
    class ChangingAnAlias {

        @BeforeEach
        void jane() {
            create(ALIAS_POOL, "jane", Map.of("email", "jane@example.com", "email_verified", "true"));
        }

        @Test
        void the_new_address_is_unverified_gets_a_code_and_the_old_alias_is_released() {
            update(ALIAS_POOL, "jane", Map.of("email", "Janet@Example.com"));

            UserView jane = user(ALIAS_POOL, "jane");
            assertThat(jane.attribute("email")).isEqualTo("Janet@Example.com");
            assertThat(jane.attribute("email_verified")).isEqualTo("false");
            assertThat(verificationMessages(ALIAS_POOL, "jane")).singleElement().satisfies(message -> {
                assertThat(message.destination()).isEqualTo("Janet@Example.com");
                assertThat(message.medium()).isEqualTo(DeliveryMedium.EMAIL);
            });
            assertRefused(() -> user(ALIAS_POOL, "jane@example.com"), CognitoError.USER_NOT_FOUND,
                    "User does not exist.");
            assertRefused(() -> user(ALIAS_POOL, "janet@example.com"), CognitoError.USER_NOT_FOUND,
                    "User does not exist.");
        }

        @Test
        void setting_it_verified_makes_it_an_alias_in_any_case() {
            update(ALIAS_POOL, "jane", Map.of("email", "Janet@Example.com", "email_verified", "true"));

            assertThat(user(ALIAS_POOL, "JANET@example.COM").username()).isEqualTo("jane");
            assertThat(verificationMessages(ALIAS_POOL, "jane")).isEmpty();
        }

        @Test
        void another_users_verified_address_is_refused_and_nothing_changes() {
            create(ALIAS_POOL, "bob", Map.of("email", "bob@example.com", "email_verified", "true"));

            assertRefused(() -> update(ALIAS_POOL, "bob", Map.of("email", "JANE@example.com",
                    "email_verified", "true")), CognitoError.ALIAS_EXISTS,
                    "An account with the given email already exists.");
            assertThat(user(ALIAS_POOL, "bob").attribute("email")).isEqualTo("bob@example.com");
            assertThat(user(ALIAS_POOL, "jane@example.com").username()).isEqualTo("jane");
        }

        @Test
        void verifying_an_address_another_user_holds_is_refused() {
            create(ALIAS_POOL, "bob", Map.of("email", "jane@example.com"));

            assertRefused(() -> update(ALIAS_POOL, "bob", Map.of("email_verified", "true")),
                    CognitoError.ALIAS_EXISTS, "An account with the given email already exists.");
            assertThat(user(ALIAS_POOL, "bob").attribute("email_verified")).isNull();
        }

        @Test
        void deleting_the_email_frees_the_alias_for_another_user() {
            cognito.runtime.send(new AdminDeleteUserAttributesCommand(ALIAS_POOL, "jane", List.of("email")));
            create(ALIAS_POOL, "bob", Map.of("email", "jane@example.com", "email_verified", "true"));

            assertThat(user(ALIAS_POOL, "jane").attributes()).doesNotContainKeys("email", "email_verified");
            assertThat(user(ALIAS_POOL, "jane@example.com").username()).isEqualTo("bob");
        }

        @Test
        void unverifying_it_releases_the_alias() {
            update(ALIAS_POOL, "jane", Map.of("email_verified", "false"));

            assertRefused(() -> user(ALIAS_POOL, "jane@example.com"), CognitoError.USER_NOT_FOUND,
                    "User does not exist.");
        }
    }

    @Nested
    @DisplayName("when the pool uses preferred_username as alias")
    class PreferredUsername {

        @Test
        void it_cannot_be_given_at_sign_up() {
            assertRefused(() -> cognito.runtime.send(new SignUpCommand(ALIAS_CLIENT, null, "jane", "Correct-Horse-1",
                            Map.of("preferred_username", "jd"))), CognitoError.INVALID_PARAMETER,
                    UserCommandHandler.PREFERRED_USERNAME_AT_SIGN_UP);
        }

        @Test
        void it_finds_its_user_as_soon_as_set_in_any_case_and_belongs_to_one_user() {
            create(ALIAS_POOL, "jane", Map.of("preferred_username", "JaneD"));
            create(ALIAS_POOL, "bob", Map.of());

            assertThat(user(ALIAS_POOL, "janed").username()).isEqualTo("jane");
            assertThat(user(ALIAS_POOL, "janed").attribute("preferred_username")).isEqualTo("JaneD");
            assertRefused(() -> update(ALIAS_POOL, "bob", Map.of("preferred_username", "JANED")),
                    CognitoError.ALIAS_EXISTS, "An account with the given preferred_username already exists.");
            assertRefused(() -> create(ALIAS_POOL, "kim", Map.of("preferred_username", "janed")),
                    CognitoError.ALIAS_EXISTS, "An account with the given preferred_username already exists.");
        }

        @Test
        void changing_it_frees_the_old_one() {
            create(ALIAS_POOL, "jane", Map.of("preferred_username", "JaneD"));
            update(ALIAS_POOL, "jane", Map.of("preferred_username", "jdoe"));
            create(ALIAS_POOL, "bob", Map.of("preferred_username", "janed"));

            assertThat(user(ALIAS_POOL, "jdoe").username()).isEqualTo("jane");
            assertThat(user(ALIAS_POOL, "JaneD").username()).isEqualTo("bob");
        }
    }

    @Nested
    @DisplayName("when the pool uses email addresses as usernames")
    class EmailAsUsername {

        @Test
        void a_new_address_signs_the_user_in_and_the_old_one_is_free() {
            cognito.runtime.send(new SignUpCommand(EMAIL_CLIENT, null, "jane@example.com", "Correct-Horse-1",
                    Map.of()));
            String sub = user(EMAIL_POOL, "jane@example.com").username();

            update(EMAIL_POOL, "jane@example.com", Map.of("email", "janet@example.com"));

            assertThat(user(EMAIL_POOL, "JANET@example.com").username()).isEqualTo(sub);
            assertRefused(() -> user(EMAIL_POOL, "jane@example.com"), CognitoError.USER_NOT_FOUND,
                    "User does not exist.");
        }

        @Test
        void another_users_address_is_refused() {
            cognito.runtime.send(new SignUpCommand(EMAIL_CLIENT, null, "jane@example.com", "Correct-Horse-1",
                    Map.of()));
            cognito.runtime.send(new SignUpCommand(EMAIL_CLIENT, null, "bob@example.com", "Correct-Horse-1",
                    Map.of()));

            assertRefused(() -> update(EMAIL_POOL, "bob@example.com", Map.of("email", "Jane@example.com")),
                    CognitoError.ALIAS_EXISTS, "An account with the given email already exists.");
        }
    }

    @Nested
    @DisplayName("when the pool requires verification before update")
    class VerificationBeforeUpdate {

        @Test
        void the_old_address_stays_in_force_and_the_new_one_waits_for_its_code() {
            create(VERIFY_FIRST_POOL, "jane", Map.of("email", "jane@example.com", "email_verified", "true"));

            update(VERIFY_FIRST_POOL, "jane", Map.of("email", "janet@example.com"));

            UserView jane = user(VERIFY_FIRST_POOL, "jane@example.com");
            assertThat(jane.attribute("email")).isEqualTo("jane@example.com");
            assertThat(jane.attribute("email_verified")).isEqualTo("true");
            assertThat(jane.pendingAttributes()).containsExactly(Map.entry("email", "janet@example.com"));
            assertThat(verificationMessages(VERIFY_FIRST_POOL, "jane")).singleElement()
                    .satisfies(message -> assertThat(message.destination()).isEqualTo("janet@example.com"));
        }
    }

    @Nested
    @DisplayName("when attributes are checked against the schema")
    class Schema {

        @Test
        void values_break_no_constraint_at_creation_either() {
            cognito.runtime.send(new AddCustomAttributesCommand(POOL, List.of(new SchemaAttributeDeclaration("age",
                    AttributeDataType.NUMBER, null, false, null, null, null, "0", "120"))));

            assertRefused(() -> create(POOL, "jane", Map.of("custom:age", "200")), CognitoError.INVALID_PARAMETER,
                    "Attributes did not conform to the schema: custom:age: Number must be no greater than 120\n");
            assertRefused(() -> create(POOL, "jane", Map.of("email", "jane")), CognitoError.INVALID_PARAMETER,
                    "Invalid email address format.");
            assertRefused(() -> create(POOL, "jane", Map.of("sub", "mine")), CognitoError.INVALID_PARAMETER,
                    "Cannot modify the non-mutable attribute sub");
        }

        @Test
        void an_added_immutable_attribute_is_set_at_creation_and_never_changed() {
            cognito.runtime.send(new AddCustomAttributesCommand(POOL, List.of(new SchemaAttributeDeclaration("age",
                    AttributeDataType.NUMBER, null, false, null, null, null, "0", "120"))));
            create(POOL, "jane", Map.of("custom:age", "42"));

            assertThat(user(POOL, "jane").attribute("custom:age")).isEqualTo("42");
            assertRefused(() -> update(POOL, "jane", Map.of("custom:age", "43")), CognitoError.INVALID_PARAMETER,
                    "user.custom:age: Attribute cannot be updated. (changing an immutable attribute)");
        }

        @Test
        void an_unknown_user_is_not_found() {
            assertRefused(() -> update(POOL, "nobody", Map.of("name", "x")), CognitoError.USER_NOT_FOUND,
                    "User does not exist.");
            assertRefused(() -> cognito.runtime.send(new AdminDisableUserCommand(POOL, "nobody")),
                    CognitoError.USER_NOT_FOUND, "User does not exist.");
        }
    }

    @Nested
    @DisplayName("when an administrator disables and enables users")
    class Status {

        @BeforeEach
        void users() {
            create(POOL, "ann", Map.of("email", "ann@example.com", "email_verified", "true"));
            cognito.runtime.send(new SignUpCommand(CLIENT, null, "ben", "Correct-Horse-1",
                    Map.of("email", "ben@example.com")));
        }

        List<String> listed(String filter) {
            return cognito.runtime.query(new ListUsersQuery(POOL, null, null, null, filter)).users().stream()
                    .map(UserView::username).toList();
        }

        @Test
        void a_disabled_user_is_still_listed_and_the_status_filter_finds_it() {
            cognito.runtime.send(new AdminDisableUserCommand(POOL, "ann"));

            assertThat(user(POOL, "ann").enabled()).isFalse();
            assertThat(listed(null)).containsExactly("ann", "ben");
            assertThat(listed("status = \"Disabled\"")).containsExactly("ann");
            assertThat(listed("status = \"Enabled\"")).containsExactly("ben");
            assertRefused(() -> cognito.runtime.send(new ForgotPasswordCommand(CLIENT, null, "ann")),
                    CognitoError.NOT_AUTHORIZED, "User is disabled.");
        }

        @Test
        void enabling_restores_it() {
            cognito.runtime.send(new AdminDisableUserCommand(POOL, "ann"));
            cognito.runtime.send(new AdminDisableUserCommand(POOL, "ann"));
            cognito.runtime.send(new AdminEnableUserCommand(POOL, "ann"));

            assertThat(user(POOL, "ann").enabled()).isTrue();
            assertThat(listed("status = \"Disabled\"")).isEmpty();
        }

        @Test
        void the_user_status_filter_tells_confirmation_states_apart() {
            assertThat(listed("cognito:user_status = \"FORCE_CHANGE_PASSWORD\"")).containsExactly("ann");
            assertThat(listed("cognito:user_status = \"unconfirmed\"")).containsExactly("ben");
        }

        @Test
        void legacy_mfa_options_are_kept_and_shown() {
            List<MfaOption> sms = List.of(new MfaOption(DeliveryMedium.SMS, "phone_number"));
            cognito.runtime.send(new AdminSetUserSettingsCommand(POOL, "ann", sms));
            update(POOL, "ann", Map.of("name", "Ann"));
            cognito.runtime.send(new AdminDisableUserCommand(POOL, "ann"));

            assertThat(user(POOL, "ann").mfaOptions()).isEqualTo(sms);
        }
    }
}
