package dev.cognitoes.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cognitoes.auth.code.CodeHasher;
import dev.cognitoes.auth.code.FixedSaltCodeHasher;
import dev.cognitoes.auth.srp.FixedSaltPasswordVerifiers;
import dev.cognitoes.auth.srp.PasswordVerifierFactory;
import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.Rejected;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.user.UserCommands.ConfirmByAdministrator;
import dev.cognitoes.user.UserCommands.ConfirmWithCode;
import dev.cognitoes.user.UserCommands.CreateUserAsAdministrator;
import dev.cognitoes.user.UserCommands.DeleteUser;
import dev.cognitoes.user.UserCommands.Invitation;
import dev.cognitoes.user.UserCommands.RecoveryDestination;
import dev.cognitoes.user.UserCommands.RegisterUser;
import dev.cognitoes.user.UserCommands.ReissueTemporaryPassword;
import dev.cognitoes.user.UserCommands.RequirePasswordReset;
import dev.cognitoes.user.UserCommands.ResetPasswordWithCode;
import dev.cognitoes.user.UserCommands.SendConfirmationCode;
import dev.cognitoes.user.UserCommands.SendPasswordResetCode;
import dev.cognitoes.user.UserCommands.SetPasswordByAdministrator;
import dev.cognitoes.user.UserCommands.UnverifyAttribute;
import dev.cognitoes.user.UserCommands.Verification;
import dev.cognitoes.user.api.ConfirmationAttemptFailedEvent;
import dev.cognitoes.user.api.ConfirmationCodeSentEvent;
import dev.cognitoes.user.api.InvitationSentEvent;
import dev.cognitoes.user.api.PasswordResetAttemptFailedEvent;
import dev.cognitoes.user.api.PasswordResetCodeSentEvent;
import dev.cognitoes.user.api.PasswordResetEvent;
import dev.cognitoes.user.api.PasswordResetRequiredEvent;
import dev.cognitoes.user.api.PasswordSetByAdministratorEvent;
import dev.cognitoes.user.api.TemporaryPasswordReissuedEvent;
import dev.cognitoes.user.api.UserAttributeUnverifiedEvent;
import dev.cognitoes.user.api.UserConfirmedEvent;
import dev.cognitoes.user.api.UserCreatedByAdminEvent;
import dev.cognitoes.user.api.UserDeletedEvent;
import dev.cognitoes.user.api.UserSignedUpEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserTest {

    static final String POOL = "us-east-1_TestPool1";
    static final String SUB = TestIds.sub(1);
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Map<String, String> ATTRIBUTES = Map.of("email", "jane@example.com");
    static final String PASSWORD = "Correct-Horse-1";
    static final String CODE = "123456";
    static final CodeHasher HASHER = FixedSaltCodeHasher.create();
    static final PasswordVerifierFactory VERIFIERS = FixedSaltPasswordVerifiers.create();

    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(HASHER);
        fixture.registerInjectableResource(VERIFIERS);
        fixture.registerInjectableResource(new TestClock(NOW));
    }

    static UserSignedUpEvent signedUp() {
        return new UserSignedUpEvent(SUB, POOL, "jane", ATTRIBUTES,
                VERIFIERS.create(POOL, "jane", PASSWORD), "client1", NOW.minusSeconds(60));
    }

    static ConfirmationCodeSentEvent codeSent(Instant at) {
        return new ConfirmationCodeSentEvent(SUB, POOL, HASHER.hash(CODE), DeliveryMedium.EMAIL, "email",
                "jane@example.com", at, at.plus(User.CODE_VALIDITY));
    }

    static UserCreatedByAdminEvent createdByAdmin() {
        return new UserCreatedByAdminEvent(SUB, POOL, "jane", ATTRIBUTES,
                VERIFIERS.create(POOL, "jane", "Temporary-1"), NOW.plus(Duration.ofDays(7)),
                NOW.minusSeconds(60));
    }

    static List<ConfirmationAttemptFailedEvent> failures(int count, Instant at) {
        List<ConfirmationAttemptFailedEvent> events = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            events.add(new ConfirmationAttemptFailedEvent(SUB, POOL, i, at));
        }
        return events;
    }

    @Nested
    @DisplayName("when a user signs up")
    class SigningUp {

        @Test
        void the_password_is_recorded_as_a_verifier() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterUser(SUB, POOL, "jane", ATTRIBUTES, PASSWORD, "client1"))
                    .expectEvents(new UserSignedUpEvent(SUB, POOL, "jane", ATTRIBUTES,
                            VERIFIERS.create(POOL, "jane", PASSWORD), "client1", NOW));
        }

        @Test
        void a_code_is_recorded_as_its_hash_valid_for_24_hours() {
            fixture.given(signedUp())
                    .when(new SendConfirmationCode(SUB, CODE, DeliveryMedium.EMAIL, "email", "jane@example.com"))
                    .expectEvents(codeSent(NOW));
        }

        @Test
        void no_code_is_sent_to_a_confirmed_user() {
            fixture.given(signedUp(), codeSent(NOW), new UserConfirmedEvent(SUB, POOL, "email", false, NOW))
                    .when(new SendConfirmationCode(SUB, CODE, DeliveryMedium.EMAIL, "email", "jane@example.com"))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("User is already confirmed.");
        }
    }

    @Nested
    @DisplayName("when a user confirms with a code")
    class ConfirmingWithCode {

        @Test
        void the_right_code_confirms_and_verifies_the_attribute_it_went_to() {
            fixture.given(signedUp(), codeSent(NOW.minusSeconds(30)))
                    .when(new ConfirmWithCode(SUB, CODE))
                    .expectEvents(new UserConfirmedEvent(SUB, POOL, "email", false, NOW))
                    .expectResultMessagePayload(new Verification("email", "jane@example.com"));
        }

        @Test
        void a_wrong_code_is_recorded_as_a_failed_attempt_and_refused() {
            fixture.given(signedUp(), codeSent(NOW.minusSeconds(30)))
                    .when(new ConfirmWithCode(SUB, "654321"))
                    .expectEvents(new ConfirmationAttemptFailedEvent(SUB, POOL, 1, NOW))
                    .expectResultMessagePayloadMatching(rejectedWith(CognitoError.CODE_MISMATCH,
                            "Invalid verification code provided, please try again."));
        }

        @Test
        void a_code_older_than_24_hours_is_expired() {
            fixture.given(signedUp(), codeSent(NOW.minus(Duration.ofHours(24))))
                    .when(new ConfirmWithCode(SUB, CODE))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("Invalid code provided, please request a code again.");
        }

        @Test
        void without_any_code_sent_every_code_is_expired() {
            fixture.given(signedUp())
                    .when(new ConfirmWithCode(SUB, CODE))
                    .expectNoEvents()
                    .expectExceptionMessage("Invalid code provided, please request a code again.");
        }

        @Test
        void a_confirmed_user_cannot_be_confirmed_again() {
            fixture.given(signedUp(), codeSent(NOW), new UserConfirmedEvent(SUB, POOL, "email", false, NOW))
                    .when(new ConfirmWithCode(SUB, CODE))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("User cannot be confirmed. Current status is CONFIRMED");
        }

        @Test
        void the_fifth_wrong_code_in_a_row_is_still_a_mismatch() {
            List<Object> given = new ArrayList<>(List.of(signedUp(), codeSent(NOW.minusSeconds(60))));
            given.addAll(failures(4, NOW.minusSeconds(10)));
            fixture.given(given)
                    .when(new ConfirmWithCode(SUB, "000000"))
                    .expectEvents(new ConfirmationAttemptFailedEvent(SUB, POOL, 5, NOW))
                    .expectResultMessagePayloadMatching(rejectedWith(CognitoError.CODE_MISMATCH,
                            "Invalid verification code provided, please try again."));
        }

        @Test
        void after_five_wrong_codes_even_the_right_code_is_refused_for_15_minutes() {
            List<Object> given = new ArrayList<>(List.of(signedUp(), codeSent(NOW.minusSeconds(60))));
            given.addAll(failures(5, NOW.minus(Duration.ofMinutes(14))));
            fixture.given(given)
                    .when(new ConfirmWithCode(SUB, CODE))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("Attempt limit exceeded, please try after some time.");
        }

        @Test
        void fifteen_minutes_after_the_last_failure_the_right_code_confirms() {
            List<Object> given = new ArrayList<>(List.of(signedUp(), codeSent(NOW.minus(Duration.ofMinutes(30)))));
            given.addAll(failures(5, NOW.minus(Duration.ofMinutes(15))));
            fixture.given(given)
                    .when(new ConfirmWithCode(SUB, CODE))
                    .expectEvents(new UserConfirmedEvent(SUB, POOL, "email", false, NOW));
        }

        @Test
        void failures_older_than_15_minutes_no_longer_count() {
            List<Object> given = new ArrayList<>(List.of(signedUp(), codeSent(NOW.minus(Duration.ofMinutes(30)))));
            given.addAll(failures(4, NOW.minus(Duration.ofMinutes(20))));
            fixture.given(given)
                    .when(new ConfirmWithCode(SUB, "000000"))
                    .expectEvents(new ConfirmationAttemptFailedEvent(SUB, POOL, 1, NOW));
        }

        @Test
        void a_new_code_replaces_the_old_one() {
            ConfirmationCodeSentEvent newer = new ConfirmationCodeSentEvent(SUB, POOL, HASHER.hash("222222"),
                    DeliveryMedium.EMAIL, "email", "jane@example.com", NOW, NOW.plus(User.CODE_VALIDITY));
            fixture.given(signedUp(), codeSent(NOW.minusSeconds(60)), newer)
                    .when(new ConfirmWithCode(SUB, CODE))
                    .expectEvents(new ConfirmationAttemptFailedEvent(SUB, POOL, 1, NOW));
        }
    }

    static final String NEW_PASSWORD = "New-Horse-Battery-2";
    static final RecoveryDestination TO_EMAIL = new RecoveryDestination(DeliveryMedium.EMAIL, "email",
            "jane@example.com");

    static UserConfirmedEvent confirmed() {
        return new UserConfirmedEvent(SUB, POOL, "email", false, NOW.minusSeconds(50));
    }

    static PasswordResetCodeSentEvent resetCodeSent(Instant at) {
        return new PasswordResetCodeSentEvent(SUB, POOL, HASHER.hash(CODE), DeliveryMedium.EMAIL, "email",
                "jane@example.com", false, at, at.plus(User.RESET_CODE_VALIDITY));
    }

    static PasswordResetCodeSentEvent resetCodeSentByAdministrator(Instant at) {
        return new PasswordResetCodeSentEvent(SUB, POOL, HASHER.hash(CODE), DeliveryMedium.EMAIL, "email",
                "jane@example.com", true, at, at.plus(User.RESET_CODE_VALIDITY));
    }

    static List<Object> confirmedUserWith(Object... more) {
        List<Object> given = new ArrayList<>(List.of(signedUp(), confirmed()));
        given.addAll(List.of(more));
        return given;
    }

    @Nested
    @DisplayName("when a user asks for a password reset code")
    class RequestingAResetCode {

        @Test
        void a_confirmed_user_gets_a_code_recorded_as_its_hash_valid_for_one_hour() {
            fixture.given(signedUp(), confirmed())
                    .when(new SendPasswordResetCode(SUB, CODE, TO_EMAIL))
                    .expectEvents(resetCodeSent(NOW));
        }

        @Test
        void a_user_whose_password_was_reset_by_an_administrator_gets_a_code() {
            fixture.given(signedUp(), confirmed(), new PasswordResetRequiredEvent(SUB, POOL, NOW.minusSeconds(5)))
                    .when(new SendPasswordResetCode(SUB, CODE, TO_EMAIL))
                    .expectEvents(resetCodeSent(NOW));
        }

        @Test
        void a_user_without_a_verified_email_or_phone_number_is_refused() {
            fixture.given(signedUp(), confirmed())
                    .when(new SendPasswordResetCode(SUB, CODE, null))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("Cannot reset password for the user as there is no registered/verified "
                            + "email or phone_number");
        }

        @Test
        void a_user_who_never_signed_in_with_the_temporary_password_is_refused() {
            fixture.given(createdByAdmin())
                    .when(new SendPasswordResetCode(SUB, CODE, TO_EMAIL))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("User password cannot be reset in the current state.");
        }

        @Test
        void the_sixth_request_within_an_hour_is_refused() {
            List<Object> given = confirmedUserWith(resetCodeSent(NOW.minus(Duration.ofMinutes(59))),
                    resetCodeSent(NOW.minus(Duration.ofMinutes(40))), resetCodeSent(NOW.minus(Duration.ofMinutes(30))),
                    resetCodeSent(NOW.minus(Duration.ofMinutes(20))), resetCodeSent(NOW.minus(Duration.ofMinutes(10))));
            fixture.given(given)
                    .when(new SendPasswordResetCode(SUB, "222222", TO_EMAIL))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("Attempt limit exceeded, please try after some time.");
        }

        @Test
        void wrong_codes_count_towards_the_hourly_limit() {
            List<Object> given = confirmedUserWith(resetCodeSent(NOW.minus(Duration.ofMinutes(30))));
            for (int i = 0; i < 4; i++) {
                given.add(new PasswordResetAttemptFailedEvent(SUB, POOL, NOW.minus(Duration.ofMinutes(20))));
            }
            fixture.given(given)
                    .when(new SendPasswordResetCode(SUB, "222222", TO_EMAIL))
                    .expectNoEvents()
                    .expectExceptionMessage("Attempt limit exceeded, please try after some time.");
        }

        @Test
        void attempts_older_than_an_hour_no_longer_count() {
            List<Object> given = confirmedUserWith(resetCodeSent(NOW.minus(Duration.ofMinutes(60))),
                    resetCodeSent(NOW.minus(Duration.ofMinutes(40))), resetCodeSent(NOW.minus(Duration.ofMinutes(30))),
                    resetCodeSent(NOW.minus(Duration.ofMinutes(20))), resetCodeSent(NOW.minus(Duration.ofMinutes(10))));
            fixture.given(given)
                    .when(new SendPasswordResetCode(SUB, CODE, TO_EMAIL))
                    .expectEvents(resetCodeSent(NOW));
        }

        @Test
        void codes_an_administrator_had_sent_do_not_count() {
            List<Object> given = confirmedUserWith();
            for (int i = 0; i < 5; i++) {
                given.add(resetCodeSentByAdministrator(NOW.minus(Duration.ofMinutes(10))));
            }
            fixture.given(given)
                    .when(new SendPasswordResetCode(SUB, CODE, TO_EMAIL))
                    .expectEvents(resetCodeSent(NOW));
        }
    }

    @Nested
    @DisplayName("when a user sets a new password with a reset code")
    class ResettingWithCode {

        @Test
        void the_right_code_records_the_new_password_as_verifier() {
            fixture.given(confirmedUserWith(resetCodeSent(NOW.minusSeconds(30))))
                    .when(new ResetPasswordWithCode(SUB, CODE, NEW_PASSWORD))
                    .expectEvents(new PasswordResetEvent(SUB, POOL, VERIFIERS.create(POOL, "jane", NEW_PASSWORD),
                            NOW))
                    .expectResultMessagePayload(null);
        }

        @Test
        void the_right_code_completes_a_reset_an_administrator_required() {
            fixture.given(confirmedUserWith(new PasswordResetRequiredEvent(SUB, POOL, NOW.minusSeconds(60)),
                            resetCodeSentByAdministrator(NOW.minusSeconds(60))))
                    .when(new ResetPasswordWithCode(SUB, CODE, NEW_PASSWORD))
                    .expectEvents(new PasswordResetEvent(SUB, POOL, VERIFIERS.create(POOL, "jane", NEW_PASSWORD),
                            NOW));
        }

        @Test
        void a_wrong_code_is_recorded_as_a_failed_attempt_and_refused() {
            fixture.given(confirmedUserWith(resetCodeSent(NOW.minusSeconds(30))))
                    .when(new ResetPasswordWithCode(SUB, "654321", NEW_PASSWORD))
                    .expectEvents(new PasswordResetAttemptFailedEvent(SUB, POOL, NOW))
                    .expectResultMessagePayloadMatching(rejectedWith(CognitoError.CODE_MISMATCH,
                            "Invalid verification code provided, please try again."));
        }

        @Test
        void a_code_is_expired_one_hour_after_it_was_sent() {
            fixture.given(confirmedUserWith(resetCodeSent(NOW.minus(Duration.ofHours(1)))))
                    .when(new ResetPasswordWithCode(SUB, CODE, NEW_PASSWORD))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("Invalid code provided, please request a code again.");
        }

        @Test
        void a_code_is_still_valid_just_before_the_hour_is_over() {
            fixture.given(confirmedUserWith(resetCodeSent(NOW.minus(Duration.ofMinutes(59)))))
                    .when(new ResetPasswordWithCode(SUB, CODE, NEW_PASSWORD))
                    .expectEvents(new PasswordResetEvent(SUB, POOL, VERIFIERS.create(POOL, "jane", NEW_PASSWORD),
                            NOW));
        }

        @Test
        void without_any_code_sent_every_code_is_expired() {
            fixture.given(signedUp(), confirmed())
                    .when(new ResetPasswordWithCode(SUB, CODE, NEW_PASSWORD))
                    .expectNoEvents()
                    .expectExceptionMessage("Invalid code provided, please request a code again.");
        }

        @Test
        void a_code_works_once() {
            fixture.given(confirmedUserWith(resetCodeSent(NOW.minusSeconds(30)),
                            new PasswordResetEvent(SUB, POOL, VERIFIERS.create(POOL, "jane", NEW_PASSWORD),
                                    NOW.minusSeconds(10))))
                    .when(new ResetPasswordWithCode(SUB, CODE, "Another-Horse-3"))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("Invalid code provided, please request a code again.");
        }

        @Test
        void a_new_code_replaces_the_old_one() {
            PasswordResetCodeSentEvent newer = new PasswordResetCodeSentEvent(SUB, POOL, HASHER.hash("222222"),
                    DeliveryMedium.EMAIL, "email", "jane@example.com", false, NOW.minusSeconds(10),
                    NOW.minusSeconds(10).plus(User.RESET_CODE_VALIDITY));
            fixture.given(confirmedUserWith(resetCodeSent(NOW.minusSeconds(60)), newer))
                    .when(new ResetPasswordWithCode(SUB, CODE, NEW_PASSWORD))
                    .expectEvents(new PasswordResetAttemptFailedEvent(SUB, POOL, NOW));
        }

        @Test
        void once_the_hourly_limit_is_reached_even_the_right_code_is_refused() {
            List<Object> given = confirmedUserWith(resetCodeSent(NOW.minus(Duration.ofMinutes(30))));
            for (int i = 0; i < 4; i++) {
                given.add(new PasswordResetAttemptFailedEvent(SUB, POOL, NOW.minus(Duration.ofMinutes(20))));
            }
            fixture.given(given)
                    .when(new ResetPasswordWithCode(SUB, CODE, NEW_PASSWORD))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("Attempt limit exceeded, please try after some time.");
        }

        @Test
        void the_fourth_wrong_code_after_one_request_is_still_a_mismatch() {
            List<Object> given = confirmedUserWith(resetCodeSent(NOW.minus(Duration.ofMinutes(30))));
            for (int i = 0; i < 3; i++) {
                given.add(new PasswordResetAttemptFailedEvent(SUB, POOL, NOW.minus(Duration.ofMinutes(20))));
            }
            fixture.given(given)
                    .when(new ResetPasswordWithCode(SUB, "000000", NEW_PASSWORD))
                    .expectEvents(new PasswordResetAttemptFailedEvent(SUB, POOL, NOW))
                    .expectResultMessagePayloadMatching(rejectedWith(CognitoError.CODE_MISMATCH,
                            "Invalid verification code provided, please try again."));
        }
    }

    @Nested
    @DisplayName("when an administrator sets or resets a password")
    class AdministratorPasswords {

        @Test
        void a_permanent_password_is_recorded_as_verifier_without_expiry() {
            fixture.given(createdByAdmin())
                    .when(new SetPasswordByAdministrator(SUB, NEW_PASSWORD, true, 7))
                    .expectEvents(new PasswordSetByAdministratorEvent(SUB, POOL,
                            VERIFIERS.create(POOL, "jane", NEW_PASSWORD), true, null, NOW));
        }

        @Test
        void a_temporary_password_expires_after_the_pool_policy_days() {
            fixture.given(signedUp(), confirmed())
                    .when(new SetPasswordByAdministrator(SUB, NEW_PASSWORD, false, 3))
                    .expectEvents(new PasswordSetByAdministratorEvent(SUB, POOL,
                            VERIFIERS.create(POOL, "jane", NEW_PASSWORD), false, NOW.plus(Duration.ofDays(3)), NOW));
        }

        @Test
        void a_password_can_be_set_for_an_unconfirmed_user() {
            fixture.given(signedUp())
                    .when(new SetPasswordByAdministrator(SUB, NEW_PASSWORD, true, 7))
                    .expectEvents(new PasswordSetByAdministratorEvent(SUB, POOL,
                            VERIFIERS.create(POOL, "jane", NEW_PASSWORD), true, null, NOW));
        }

        @Test
        void a_user_whose_password_was_set_permanently_may_ask_for_a_reset_code() {
            fixture.given(createdByAdmin(), new PasswordSetByAdministratorEvent(SUB, POOL,
                            VERIFIERS.create(POOL, "jane", NEW_PASSWORD), true, null, NOW.minusSeconds(5)))
                    .when(new SendPasswordResetCode(SUB, CODE, TO_EMAIL))
                    .expectEvents(resetCodeSent(NOW));
        }

        @Test
        void a_user_given_a_temporary_password_may_not_ask_for_a_reset_code() {
            fixture.given(signedUp(), confirmed(), new PasswordSetByAdministratorEvent(SUB, POOL,
                            VERIFIERS.create(POOL, "jane", NEW_PASSWORD), false, NOW.plus(Duration.ofDays(7)),
                            NOW.minusSeconds(5)))
                    .when(new SendPasswordResetCode(SUB, CODE, TO_EMAIL))
                    .expectNoEvents()
                    .expectExceptionMessage("User password cannot be reset in the current state.");
        }

        @Test
        void a_reset_invalidates_the_password_and_sends_a_code_to_a_verified_destination() {
            fixture.given(signedUp(), confirmed())
                    .when(new RequirePasswordReset(SUB, CODE, TO_EMAIL))
                    .expectEvents(new PasswordResetRequiredEvent(SUB, POOL, NOW), resetCodeSentByAdministrator(NOW));
        }

        @Test
        void a_reset_without_a_verified_destination_sends_nothing() {
            fixture.given(signedUp(), confirmed())
                    .when(new RequirePasswordReset(SUB, null, null))
                    .expectEvents(new PasswordResetRequiredEvent(SUB, POOL, NOW));
        }

        @Test
        void a_reset_is_not_limited_by_the_user_s_own_requests() {
            List<Object> given = confirmedUserWith();
            for (int i = 0; i < 5; i++) {
                given.add(resetCodeSent(NOW.minus(Duration.ofMinutes(10))));
            }
            fixture.given(given)
                    .when(new RequirePasswordReset(SUB, CODE, TO_EMAIL))
                    .expectEvents(new PasswordResetRequiredEvent(SUB, POOL, NOW), resetCodeSentByAdministrator(NOW));
        }

        @Test
        void a_user_who_never_signed_in_with_the_temporary_password_cannot_be_reset() {
            fixture.given(createdByAdmin())
                    .when(new RequirePasswordReset(SUB, CODE, TO_EMAIL))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("User password cannot be reset in the current state.");
        }
    }

    @Nested
    @DisplayName("when an administrator acts on a user")
    class Administrator {

        @Test
        void confirming_an_unconfirmed_user_needs_no_code() {
            fixture.given(signedUp())
                    .when(new ConfirmByAdministrator(SUB))
                    .expectEvents(new UserConfirmedEvent(SUB, POOL, null, true, NOW));
        }

        @Test
        void confirming_a_confirmed_user_is_refused() {
            fixture.given(signedUp(), new UserConfirmedEvent(SUB, POOL, null, true, NOW))
                    .when(new ConfirmByAdministrator(SUB))
                    .expectNoEvents()
                    .expectExceptionMessage("User cannot be confirmed. Current status is CONFIRMED");
        }

        @Test
        void creating_a_user_records_the_temporary_password_as_verifier_and_each_invitation() {
            fixture.givenNoPriorActivity()
                    .when(new CreateUserAsAdministrator(SUB, POOL, "jane", ATTRIBUTES, "Temporary-1", 7,
                            List.of(new Invitation(DeliveryMedium.EMAIL, "jane@example.com"))))
                    .expectEvents(new UserCreatedByAdminEvent(SUB, POOL, "jane", ATTRIBUTES,
                                    VERIFIERS.create(POOL, "jane", "Temporary-1"),
                                    NOW.plus(Duration.ofDays(7)), NOW),
                            new InvitationSentEvent(SUB, POOL, DeliveryMedium.EMAIL, "jane@example.com", NOW));
        }

        @Test
        void an_invitation_is_resent_with_a_new_temporary_password() {
            fixture.given(createdByAdmin())
                    .when(new ReissueTemporaryPassword(SUB, "Temporary-2", 3,
                            List.of(new Invitation(DeliveryMedium.SMS, "+15555550100"))))
                    .expectEvents(new TemporaryPasswordReissuedEvent(SUB, POOL,
                                    VERIFIERS.create(POOL, "jane", "Temporary-2"),
                                    NOW.plus(Duration.ofDays(3)), NOW),
                            new InvitationSentEvent(SUB, POOL, DeliveryMedium.SMS, "+15555550100", NOW));
        }

        @Test
        void an_invitation_is_not_resent_to_a_user_who_signed_up() {
            fixture.given(signedUp())
                    .when(new ReissueTemporaryPassword(SUB, "Temporary-2", 7, List.of()))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("Resend not possible. jane status is not FORCE_CHANGE_PASSWORD.");
        }

        @Test
        void an_alias_taken_over_by_another_user_is_no_longer_verified() {
            fixture.given(signedUp(), new UserConfirmedEvent(SUB, POOL, "email", false, NOW))
                    .when(new UnverifyAttribute(SUB, "email"))
                    .expectEvents(new UserAttributeUnverifiedEvent(SUB, POOL, "email", NOW));
        }

        @Test
        void deleting_a_user_records_the_deletion_and_ends_the_aggregate() {
            fixture.given(signedUp())
                    .when(new DeleteUser(SUB))
                    .expectEvents(new UserDeletedEvent(SUB, POOL, "jane", NOW))
                    .expectMarkedDeleted();
        }
    }

    private static org.hamcrest.Matcher<Object> rejectedWith(CognitoError error, String message) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Rejected rejected && rejected.error().error() == error
                        && rejected.error().getMessage().equals(message);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("Rejected with " + error.awsName() + ": " + message);
            }
        };
    }

    @Nested
    @DisplayName("when commands are logged")
    class Logging {

        @Test
        void commands_carrying_secrets_leave_them_out_of_toString() {
            assertThat(new RegisterUser(SUB, POOL, "jane", ATTRIBUTES, PASSWORD, "client1").toString())
                    .doesNotContain(PASSWORD);
            assertThat(new ConfirmWithCode(SUB, CODE).toString()).doesNotContain(CODE);
            assertThat(new SendConfirmationCode(SUB, CODE, DeliveryMedium.EMAIL, "email", "x@y.z").toString())
                    .doesNotContain(CODE);
            assertThat(new CreateUserAsAdministrator(SUB, POOL, "jane", ATTRIBUTES, "Temporary-1", 7, List.of())
                    .toString()).doesNotContain("Temporary-1");
            assertThat(new ReissueTemporaryPassword(SUB, "Temporary-2", 7, List.of()).toString())
                    .doesNotContain("Temporary-2");
            assertThat(new SendPasswordResetCode(SUB, CODE, TO_EMAIL).toString()).doesNotContain(CODE);
            assertThat(new ResetPasswordWithCode(SUB, CODE, NEW_PASSWORD).toString())
                    .doesNotContain(CODE, NEW_PASSWORD);
            assertThat(new SetPasswordByAdministrator(SUB, NEW_PASSWORD, true, 7).toString())
                    .doesNotContain(NEW_PASSWORD);
            assertThat(new RequirePasswordReset(SUB, CODE, TO_EMAIL).toString()).doesNotContain(CODE);
        }
    }
}
