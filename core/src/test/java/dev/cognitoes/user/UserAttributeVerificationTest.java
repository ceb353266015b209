package dev.cognitoes.user;

import static dev.cognitoes.user.UserAttributesTest.HASHER;
import static dev.cognitoes.user.UserAttributesTest.NOW;
import static dev.cognitoes.user.UserAttributesTest.POOL;
import static dev.cognitoes.user.UserAttributesTest.SUB;
import static dev.cognitoes.user.UserAttributesTest.VERIFIERS;
import static dev.cognitoes.user.UserAttributesTest.created;

import dev.cognitoes.delivery.DeliveryMedium;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;
import dev.cognitoes.shared.Rejected;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.user.AttributeCommands.AttributesChanged;
import dev.cognitoes.user.AttributeCommands.SendAttributeVerificationCode;
import dev.cognitoes.user.AttributeCommands.VerificationMessage;
import dev.cognitoes.user.AttributeCommands.VerifyAttribute;
import dev.cognitoes.user.api.AttributeVerificationAttemptFailedEvent;
import dev.cognitoes.user.api.AttributeVerificationCodeSentEvent;
import dev.cognitoes.user.api.UserAttributeUpdatePendingEvent;
import dev.cognitoes.user.api.UserAttributeVerifiedEvent;
import dev.cognitoes.user.api.UserAttributesChangedEvent;
import dev.cognitoes.user.api.UserCreatedByAdminEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserAttributeVerificationTest {

    static final String CODE = "424242";

    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(HASHER);
        fixture.registerInjectableResource(VERIFIERS);
        fixture.registerInjectableResource(new TestClock(NOW));
    }

    static UserCreatedByAdminEvent jane() {
        return created(Map.of("email", "jane@example.com", "email_verified", "false"));
    }

    static AttributeVerificationCodeSentEvent codeSent(String destination, Instant at) {
        return new AttributeVerificationCodeSentEvent(SUB, POOL, HASHER.hash(CODE), DeliveryMedium.EMAIL, "email",
                destination, at, at.plus(Duration.ofHours(24)));
    }

    static UserAttributeUpdatePendingEvent pending(String value) {
        return new UserAttributeUpdatePendingEvent(SUB, POOL, "email", value, NOW.minusSeconds(10));
    }

    static AttributeVerificationAttemptFailedEvent failed(int failures, Instant at) {
        return new AttributeVerificationAttemptFailedEvent(SUB, POOL, "email", failures, at);
    }

    static VerifyAttribute verify(String code) {
        return new VerifyAttribute(SUB, "email", code);
    }

    @Nested
    @DisplayName("when a signed-in user asks for a verification code")
    class SendingCodes {

        @Test
        void the_code_goes_to_the_email_address_in_force() {
            fixture.given(jane())
                    .when(new SendAttributeVerificationCode(SUB, "email", CODE))
                    .expectEvents(codeSent("jane@example.com", NOW))
                    .expectResultMessagePayload(new VerificationMessage("email", DeliveryMedium.EMAIL,
                            "jane@example.com", CODE));
        }

        @Test
        void the_code_goes_to_a_value_awaiting_verification() {
            fixture.given(jane(), pending("janet@example.com"))
                    .when(new SendAttributeVerificationCode(SUB, "email", CODE))
                    .expectEvents(codeSent("janet@example.com", NOW));
        }

        @Test
        void a_user_without_the_attribute_is_refused() {
            fixture.given(created(Map.of("name", "Jane")))
                    .when(new SendAttributeVerificationCode(SUB, "phone_number", CODE))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("User does not have a valid registered phone number");
            fixture.given(created(Map.of("name", "Jane")))
                    .when(new SendAttributeVerificationCode(SUB, "email", CODE))
                    .expectNoEvents()
                    .expectExceptionMessage("User does not have a valid registered email address");
        }
    }

    @Nested
    @DisplayName("when a signed-in user presents a verification code")
    class Verifying {

        @Test
        void the_right_code_verifies_the_attribute() {
            fixture.given(jane(), codeSent("jane@example.com", NOW.minusSeconds(60)))
                    .when(verify(CODE))
                    .expectEvents(new UserAttributeVerifiedEvent(SUB, POOL, "email", "jane@example.com", false, NOW))
                    .expectResultMessagePayload(new AttributesChanged("jane",
                            Map.of("email", "jane@example.com", "email_verified", "false"),
                            Map.of("email", "jane@example.com", "email_verified", "true"), List.of()));
        }

        @Test
        void the_right_code_puts_a_pending_value_in_force() {
            fixture.given(created(Map.of("email", "jane@example.com", "email_verified", "true")),
                            pending("janet@example.com"), codeSent("janet@example.com", NOW.minusSeconds(60)))
                    .when(verify(CODE))
                    .expectEvents(new UserAttributeVerifiedEvent(SUB, POOL, "email", "janet@example.com", true,
                            NOW));
        }

        @Test
        void a_used_code_does_not_work_again() {
            fixture.given(jane(), codeSent("jane@example.com", NOW.minusSeconds(60)),
                            new UserAttributeVerifiedEvent(SUB, POOL, "email", "jane@example.com", false,
                                    NOW.minusSeconds(30)))
                    .when(verify(CODE))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("Invalid code provided, please request a code again.");
        }

        @Test
        void a_wrong_code_is_recorded_and_refused() {
            fixture.given(jane(), codeSent("jane@example.com", NOW.minusSeconds(60)))
                    .when(verify("000000"))
                    .expectEvents(failed(1, NOW))
                    .expectResultMessagePayloadMatching(codeMismatch());
        }

        @Test
        void an_expired_code_is_refused() {
            fixture.given(jane(), codeSent("jane@example.com", NOW.minus(Duration.ofHours(24))))
                    .when(verify(CODE))
                    .expectNoEvents()
                    .expectExceptionMessage("Invalid code provided, please request a code again.");
        }

        @Test
        void without_a_code_sent_nothing_verifies() {
            fixture.given(jane())
                    .when(verify(CODE))
                    .expectNoEvents()
                    .expectExceptionMessage("Invalid code provided, please request a code again.");
        }

        @Test
        void a_code_sent_to_an_earlier_value_does_not_verify_the_new_one() {
            fixture.given(jane(), codeSent("jane@example.com", NOW.minusSeconds(60)),
                            new UserAttributesChangedEvent(SUB, POOL, Map.of("email", "jim@example.com",
                                    "email_verified", "false"), Set.of(), NOW.minusSeconds(30)))
                    .when(verify(CODE))
                    .expectNoEvents()
                    .expectExceptionMessage("Invalid code provided, please request a code again.");
        }

        @Test
        void an_attribute_without_value_cannot_be_verified() {
            fixture.given(jane())
                    .when(new VerifyAttribute(SUB, "phone_number", CODE))
                    .expectNoEvents()
                    .expectExceptionMessage("Unable to verify attribute: phone_number no value set to verify");
        }

        @Test
        void five_wrong_codes_lock_verification_for_fifteen_minutes_even_for_the_right_code() {
            fixture.given(jane(), codeSent("jane@example.com", NOW.minusSeconds(600)),
                            failed(1, NOW.minusSeconds(300)), failed(2, NOW.minusSeconds(240)),
                            failed(3, NOW.minusSeconds(180)), failed(4, NOW.minusSeconds(120)),
                            failed(5, NOW.minusSeconds(60)))
                    .when(verify(CODE))
                    .expectNoEvents()
                    .expectException(CognitoException.class)
                    .expectExceptionMessage("Attempt limit exceeded, please try after some time.");
        }

        @Test
        void the_lockout_ends_and_counting_starts_again() {
            Instant longAgo = NOW.minus(Duration.ofMinutes(16));
            fixture.given(jane(), codeSent("jane@example.com", NOW.minusSeconds(3600)), failed(5, longAgo))
                    .when(verify("000000"))
                    .expectEvents(failed(1, NOW));
        }
    }

    static org.hamcrest.Matcher<Object> codeMismatch() {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Rejected rejected && rejected.error().error() == CognitoError.CODE_MISMATCH
                        && rejected.error().getMessage().equals(User.CODE_MISMATCH);
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("Rejected with CodeMismatchException");
            }
        };
    }
}
