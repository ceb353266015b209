package dev.cognitoes.user;

import static dev.cognitoes.userpool.api.AttributeDataType.BOOLEAN;
import static dev.cognitoes.userpool.api.AttributeDataType.NUMBER;
import static dev.cognitoes.userpool.api.AttributeDataType.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.auth.code.CodeHasher;
import dev.cognitoes.auth.code.FixedSaltCodeHasher;
import dev.cognitoes.auth.srp.FixedSaltPasswordVerifiers;
import dev.cognitoes.auth.srp.PasswordVerifierFactory;
import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.user.AttributeCommands.AttributeRules;
import dev.cognitoes.user.AttributeCommands.AttributesChanged;
import dev.cognitoes.user.AttributeCommands.ChangeAttributes;
import dev.cognitoes.user.AttributeCommands.DisableUser;
import dev.cognitoes.user.AttributeCommands.EnableUser;
import dev.cognitoes.user.AttributeCommands.SetMfaOptions;
import dev.cognitoes.user.AttributeCommands.VerificationMessage;
import dev.cognitoes.user.api.AttributeVerificationCodeSentEvent;
import dev.cognitoes.user.api.MfaOption;
import dev.cognitoes.user.api.UserAttributeUpdatePendingEvent;
import dev.cognitoes.user.api.UserAttributesChangedEvent;
import dev.cognitoes.user.api.UserCreatedByAdminEvent;
import dev.cognitoes.user.api.UserDisabledEvent;
import dev.cognitoes.user.api.UserEnabledEvent;
import dev.cognitoes.user.api.UserMfaOptionsSetEvent;
import dev.cognitoes.userpool.api.AttributeDataType;
import dev.cognitoes.userpool.api.SchemaAttribute;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserAttributesTest {

    static final String POOL = "us-east-1_TestPool1";
    static final String SUB = TestIds.sub(1);
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final CodeHasher HASHER = FixedSaltCodeHasher.create();
    static final PasswordVerifierFactory VERIFIERS = FixedSaltPasswordVerifiers.create();
    static final Map<String, String> CODES = Map.of("email", "111111", "phone_number", "222222");

    static final List<SchemaAttribute> SCHEMA = List.of(
            new SchemaAttribute("sub", STRING, false, false, true, 1, 2048, null, null),
            new SchemaAttribute("name", STRING, false, true, true, 0, 2048, null, null),
            string("email"),
            bool("email_verified"),
            string("phone_number"),
            bool("phone_number_verified"),
            string("preferred_username"),
            new SchemaAttribute("custom:team", STRING, false, true, false, 2, 5, null, null),
            new SchemaAttribute("custom:age", NUMBER, false, true, false, null, null, 0L, 120L),
            new SchemaAttribute("custom:vip", BOOLEAN, false, true, false, null, null, null, null),
            new SchemaAttribute("custom:badge", STRING, false, false, false, null, null, null, null),
            new SchemaAttribute("custom:since", AttributeDataType.DATE_TIME, false, true, false, null, null, null,
                    null));
    static final AttributeRules AUTO_VERIFY_EMAIL = new AttributeRules(SCHEMA, Set.of("email"), Set.of());
    static final AttributeRules VERIFY_BEFORE_UPDATE = new AttributeRules(SCHEMA, Set.of("email", "phone_number"),
            Set.of("email"));
    static final AttributeRules NO_AUTO_VERIFY = new AttributeRules(SCHEMA, Set.of(), Set.of());

    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(HASHER);
        fixture.registerInjectableResource(VERIFIERS);
        fixture.registerInjectableResource(new TestClock(NOW));
    }

    static SchemaAttribute string(String name) {
        return new SchemaAttribute(name, STRING, false, true, false, 0, 2048, null, null);
    }

    static SchemaAttribute bool(String name) {
        return new SchemaAttribute(name, BOOLEAN, false, true, false, null, null, null, null);
    }

    static UserCreatedByAdminEvent created(Map<String, String> attributes) {
        return new UserCreatedByAdminEvent(SUB, POOL, "jane", attributes, VERIFIERS.create(POOL, "jane", "Temp-1"),
                NOW.plus(Duration.ofDays(7)), NOW.minusSeconds(60));
    }

    static UserCreatedByAdminEvent jane() {
        return created(Map.of("name", "Jane", "email", "jane@example.com", "email_verified", "true",
                "custom:badge", "gold"));
    }

    static ChangeAttributes update(AttributeRules rules, Map<String, String> attributes) {
        return new ChangeAttributes(SUB, attributes, List.of(), rules, CODES);
    }

    static ChangeAttributes delete(String... names) {
        return new ChangeAttributes(SUB, Map.of(), List.of(names), AUTO_VERIFY_EMAIL, CODES);
    }

    static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static UserAttributesChangedEvent changed(Map<String, String> updated, Set<String> deleted) {
        return new UserAttributesChangedEvent(SUB, POOL, updated, deleted, NOW);
    }

    static AttributeVerificationCodeSentEvent emailCode(String destination) {
        return new AttributeVerificationCodeSentEvent(SUB, POOL, HASHER.hash("111111"), DeliveryMedium.EMAIL,
                "email", destination, NOW, NOW.plus(Duration.ofHours(24)));
    }

    void expectRefused(ChangeAttributes command, String message) {
        fixture.given(jane())
                .when(command)
                .expectNoEvents()
                .expectException(CognitoException.class)
                .expectExceptionMessage(message);
    }

    @Nested
    @DisplayName("when an administrator updates attributes")
    class Updating {

        @Test
        void the_new_values_are_recorded() {
            fixture.given(jane())
                    .when(update(AUTO_VERIFY_EMAIL, ordered("custom:team", "red", "custom:age", "42",
                            "custom:vip", "TRUE", "custom:since", "2020-01-01")))
                    .expectEvents(changed(Map.of("custom:team", "red", "custom:age", "42", "custom:vip", "TRUE",
                            "custom:since", "2020-01-01"), Set.of()));
        }

        @Test
        void a_blank_value_deletes_the_attribute() {
            fixture.given(jane())
                    .when(update(AUTO_VERIFY_EMAIL, Map.of("name", "Janet", "preferred_username", "")))
                    .expectEvents(changed(Map.of("name", "Janet"), Set.of()));
            fixture.given(created(Map.of("name", "Jane", "preferred_username", "jd")))
                    .when(update(AUTO_VERIFY_EMAIL, Map.of("preferred_username", "")))
                    .expectEvents(changed(Map.of(), Set.of("preferred_username")));
        }

        @Test
        void sub_cannot_be_changed() {
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("sub", "mine")),
                    "Cannot modify the non-mutable attribute sub");
        }

        @Test
        void an_attribute_outside_the_schema_is_refused() {
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("custom:nope", "x")),
                    "user.custom:nope: Attribute does not exist in the schema.");
        }

        @Test
        void an_immutable_attribute_is_refused() {
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("custom:badge", "silver")),
                    "user.custom:badge: Attribute cannot be updated. (changing an immutable attribute)");
        }

        @Test
        void a_required_attribute_cannot_be_blanked() {
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("name", "")),
                    "Attributes did not conform to the schema: name: The attribute is required\n");
        }

        @Test
        void values_must_follow_their_type_and_constraints() {
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("custom:team", "purple")),
                    "Attributes did not conform to the schema: custom:team: String must be no longer than 5 "
                            + "characters\n");
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("custom:team", "r")),
                    "Attributes did not conform to the schema: custom:team: String must be no shorter than 2 "
                            + "characters\n");
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("custom:age", "121")),
                    "Attributes did not conform to the schema: custom:age: Number must be no greater than 120\n");
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("custom:age", "-1")),
                    "Attributes did not conform to the schema: custom:age: Number must be no less than 0\n");
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("custom:age", "forty")),
                    "Attributes did not conform to the schema: custom:age: Number is not valid\n");
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("custom:vip", "yes")),
                    "Attributes did not conform to the schema: custom:vip: Boolean is not valid\n");
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("email", "not-an-address")),
                    "Invalid email address format.");
            expectRefused(update(AUTO_VERIFY_EMAIL, Map.of("phone_number", "555-1234")),
                    "Invalid phone number format.");
        }
    }

    @Nested
    @DisplayName("when the email address or phone number changes")
    class ChangingVerifiableAttributes {

        @Test
        void the_new_email_is_unverified_and_a_code_goes_to_it_when_the_pool_auto_verifies_email() {
            fixture.given(jane())
                    .when(update(AUTO_VERIFY_EMAIL, Map.of("email", "janet@example.com")))
                    .expectEvents(changed(Map.of("email", "janet@example.com", "email_verified", "false"),
                                    Set.of()),
                            emailCode("janet@example.com"));
        }

        @Test
        void the_handler_learns_the_names_before_and_after_and_the_message_to_deliver() {
            fixture.given(jane())
                    .when(update(AUTO_VERIFY_EMAIL, Map.of("email", "janet@example.com")))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(new AttributesChanged("jane",
                            Map.of("email", "jane@example.com", "email_verified", "true"),
                            Map.of("email", "janet@example.com", "email_verified", "false"),
                            List.of(new VerificationMessage("email", DeliveryMedium.EMAIL, "janet@example.com",
                                    "111111"))));
        }

        @Test
        void without_auto_verification_no_code_is_sent() {
            fixture.given(jane())
                    .when(update(NO_AUTO_VERIFY, Map.of("phone_number", "+15555550100")))
                    .expectEvents(changed(Map.of("phone_number", "+15555550100", "phone_number_verified", "false"),
                            Set.of()));
        }

        @Test
        void setting_the_verified_flag_in_the_same_request_verifies_without_a_code() {
            fixture.given(jane())
                    .when(update(AUTO_VERIFY_EMAIL, Map.of("email", "janet@example.com", "email_verified", "true")))
                    .expectEvents(changed(Map.of("email", "janet@example.com", "email_verified", "true"),
                            Set.of()));
        }

        @Test
        void the_flag_alone_verifies_the_current_value() {
            fixture.given(created(Map.of("name", "Jane", "email", "jane@example.com")))
                    .when(update(AUTO_VERIFY_EMAIL, Map.of("email_verified", "True")))
                    .expectEvents(changed(Map.of("email_verified", "true"), Set.of()));
        }

        @Test
        void a_flag_without_the_attribute_it_verifies_is_refused() {
            fixture.given(created(Map.of("name", "Jane")))
                    .when(update(AUTO_VERIFY_EMAIL, Map.of("email_verified", "true")))
                    .expectNoEvents()
                    .expectExceptionMessage("Email is required to verify/un-verify an email");
            fixture.given(created(Map.of("name", "Jane")))
                    .when(update(AUTO_VERIFY_EMAIL, Map.of("phone_number_verified", "true")))
                    .expectNoEvents()
                    .expectExceptionMessage("Phone Number is required to verify/un-verify a phone number");
        }

        @Test
        void the_same_value_again_changes_nothing() {
            fixture.given(jane())
                    .when(update(AUTO_VERIFY_EMAIL, Map.of("email", "jane@example.com")))
                    .expectNoEvents();
        }

        @Test
        void where_verification_comes_before_update_the_old_value_stays_and_the_new_one_waits() {
            fixture.given(jane())
                    .when(update(VERIFY_BEFORE_UPDATE, Map.of("email", "janet@example.com")))
                    .expectEvents(new UserAttributeUpdatePendingEvent(SUB, POOL, "email", "janet@example.com", NOW),
                            emailCode("janet@example.com"));
        }

        @Test
        void where_verification_comes_before_update_a_first_value_is_set_at_once() {
            fixture.given(created(Map.of("name", "Jane")))
                    .when(update(VERIFY_BEFORE_UPDATE, Map.of("email", "jane@example.com")))
                    .expectEvents(changed(Map.of("email", "jane@example.com", "email_verified", "false"), Set.of()),
                            emailCode("jane@example.com"));
        }

        @Test
        void a_pending_value_ends_when_the_attribute_is_set_with_its_flag() {
            fixture.given(jane(), new UserAttributeUpdatePendingEvent(SUB, POOL, "email", "janet@example.com",
                            NOW.minusSeconds(5)))
                    .when(update(VERIFY_BEFORE_UPDATE, Map.of("email", "jan@example.com", "email_verified", "true")))
                    .expectEvents(changed(Map.of("email", "jan@example.com", "email_verified", "true"), Set.of()));
        }

        @Test
        void deleting_the_email_takes_its_flag_and_its_pending_value_along() {
            fixture.given(jane(), new UserAttributeUpdatePendingEvent(SUB, POOL, "email", "janet@example.com",
                            NOW.minusSeconds(5)))
                    .when(update(VERIFY_BEFORE_UPDATE, Map.of("email", "")))
                    .expectEvents(changed(Map.of(), Set.of("email", "email_verified")));
        }
    }

    @Nested
    @DisplayName("when an administrator deletes attributes")
    class Deleting {

        @Test
        void the_attributes_are_removed_and_an_email_takes_its_flag_along() {
            fixture.given(jane())
                    .when(delete("email", "custom:team"))
                    .expectEvents(changed(Map.of(), Set.of("email", "email_verified")));
        }

        @Test
        void a_required_attribute_cannot_be_deleted() {
            expectRefused(delete("name"),
                    "Attributes did not conform to the schema: name: The attribute is required\n");
        }

        @Test
        void immutable_attributes_and_sub_cannot_be_deleted() {
            expectRefused(delete("custom:badge"),
                    "user.custom:badge: Attribute cannot be updated. (changing an immutable attribute)");
            expectRefused(delete("sub"), "Cannot modify the non-mutable attribute sub");
            expectRefused(delete("custom:nope"), "user.custom:nope: Attribute does not exist in the schema.");
        }
    }

    @Nested
    @DisplayName("when an administrator disables or enables the user")
    class DisablingAndEnabling {

        @Test
        void disabling_is_recorded_once() {
            fixture.given(jane())
                    .when(new DisableUser(SUB))
                    .expectEvents(new UserDisabledEvent(SUB, POOL, NOW));
            fixture.given(jane(), new UserDisabledEvent(SUB, POOL, NOW.minusSeconds(1)))
                    .when(new DisableUser(SUB))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void enabling_a_disabled_user_is_recorded_and_enabling_an_enabled_one_changes_nothing() {
            fixture.given(jane(), new UserDisabledEvent(SUB, POOL, NOW.minusSeconds(1)))
                    .when(new EnableUser(SUB))
                    .expectEvents(new UserEnabledEvent(SUB, POOL, NOW));
            fixture.given(jane())
                    .when(new EnableUser(SUB))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("when an administrator sets the legacy MFA options")
    class SettingMfaOptions {

        @Test
        void sms_to_the_phone_number_is_recorded() {
            List<MfaOption> options = List.of(new MfaOption(DeliveryMedium.SMS, "phone_number"));
            fixture.given(jane())
                    .when(new SetMfaOptions(SUB, options))
                    .expectEvents(new UserMfaOptionsSetEvent(SUB, POOL, options, NOW));
        }

        @Test
        void other_attributes_or_mediums_are_refused() {
            fixture.given(jane())
                    .when(new SetMfaOptions(SUB, List.of(new MfaOption(DeliveryMedium.EMAIL, "email"))))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage(User.MFA_OPTION_NOT_SUPPORTED);
        }
    }

    @Test
    void refusals_are_invalid_parameter_errors() {
        CognitoException refusal = org.junit.jupiter.api.Assertions.assertThrows(CognitoException.class,
                () -> AttributeChanges.delete(AUTO_VERIFY_EMAIL, Map.of(), Map.of(), List.of("name")));
        assertThat(refusal.error()).isEqualTo(CognitoError.INVALID_PARAMETER);
    }
}
