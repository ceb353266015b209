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
import dev.cognitoes.user.UserCommands.RegisterUser;
import dev.cognitoes.user.UserCommands.ReissueTemporaryPassword;
import dev.cognitoes.user.UserCommands.SendConfirmationCode;
import dev.cognitoes.user.UserCommands.UnverifyAttribute;
import dev.cognitoes.user.UserCommands.Verification;
import dev.cognitoes.user.api.ConfirmationAttemptFailedEvent;
import dev.cognitoes.user.api.ConfirmationCodeSentEvent;
import dev.cognitoes.user.api.InvitationSentEvent;
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
        }
    }
}
