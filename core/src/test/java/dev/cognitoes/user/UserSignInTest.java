package dev.cognitoes.user;

import static dev.cognitoes.testkit.CognitoErrorMatcher.cognitoError;

import dev.cognitoes.auth.TestKeys;
import dev.cognitoes.auth.srp.FixedSaltPasswordVerifiers;
import dev.cognitoes.auth.srp.PasswordVerifierFactory;
import dev.cognitoes.auth.srp.SrpChallenge;
import dev.cognitoes.auth.srp.SrpGroup;
import dev.cognitoes.auth.srp.SrpResponse;
import dev.cognitoes.auth.srp.SrpServer;
import dev.cognitoes.auth.srp.SrpTestClient;
import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.Rejected;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.user.SignInCommands.AnswerPasswordVerifier;
import dev.cognitoes.user.SignInCommands.BeginSrpSignIn;
import dev.cognitoes.user.SignInCommands.ChooseNewPassword;
import dev.cognitoes.user.SignInCommands.NewPasswordRequired;
import dev.cognitoes.user.SignInCommands.PresentedRefreshToken;
import dev.cognitoes.user.SignInCommands.RefreshSignIn;
import dev.cognitoes.user.SignInCommands.Refreshed;
import dev.cognitoes.user.SignInCommands.SignInGrant;
import dev.cognitoes.user.SignInCommands.SignInWithPassword;
import dev.cognitoes.user.SignInCommands.SignedIn;
import dev.cognitoes.user.api.SignInFailedEvent;
import dev.cognitoes.user.api.TemporaryPasswordReplacedEvent;
import dev.cognitoes.user.api.TemporaryPasswordVerifiedEvent;
import dev.cognitoes.user.api.UserConfirmedEvent;
import dev.cognitoes.user.api.UserCreatedByAdminEvent;
import dev.cognitoes.user.api.UserSignedInEvent;
import dev.cognitoes.user.api.UserSignedUpEvent;
import dev.cognitoes.user.api.UserTokensRefreshedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserSignInTest {

    static final String POOL = "us-east-1_TestPool1";
    static final String SUB = TestIds.sub(1);
    static final String CLIENT = "client1";
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final String PASSWORD = "Correct-Horse-1";
    static final String TEMPORARY = "Temporary-1";
    static final String SRP = SignInFlows.USER_SRP_AUTH;
    static final String BY_PASSWORD = SignInFlows.USER_PASSWORD_AUTH;
    static final PasswordVerifierFactory VERIFIERS = FixedSaltPasswordVerifiers.create();
    static final SignInGrant GRANT = new SignInGrant("origin-1", "event-1", "refresh-1", NOW.plus(Duration.ofDays(30)));

    private final TestClock clock = new TestClock(NOW);
    private final SrpServer srp = new SrpServer(TestKeys.countingMasterKey(), clock);
    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(VERIFIERS);
        fixture.registerInjectableResource(srp);
        fixture.registerInjectableResource(clock);
    }

    static UserSignedUpEvent signedUp() {
        return new UserSignedUpEvent(SUB, POOL, "jane", Map.of("email", "jane@example.com"),
                VERIFIERS.create(POOL, "jane", PASSWORD), CLIENT, NOW.minus(Duration.ofDays(1)));
    }

    static UserConfirmedEvent confirmed() {
        return new UserConfirmedEvent(SUB, POOL, null, true, NOW.minus(Duration.ofDays(1)));
    }

    static UserCreatedByAdminEvent createdByAdmin(Instant temporaryPasswordExpiresAt) {
        return new UserCreatedByAdminEvent(SUB, POOL, "jane", Map.of("email", "jane@example.com"),
                VERIFIERS.create(POOL, "jane", TEMPORARY), temporaryPasswordExpiresAt, NOW.minus(Duration.ofDays(1)));
    }

    static PresentedRefreshToken presented(SignInGrant grant, Instant signedInAt) {
        return new PresentedRefreshToken(grant.refreshTokenId(), CLIENT, grant.originJti(), signedInAt, signedInAt,
                grant.refreshTokenExpiresAt());
    }

    static UserSignedInEvent signedIn(String sessionId, SignInGrant grant, Instant at) {
        return new UserSignedInEvent(SUB, POOL, CLIENT, BY_PASSWORD, sessionId, grant.originJti(), grant.eventId(),
                grant.refreshTokenId(), grant.refreshTokenExpiresAt(), at);
    }

    static List<Object> confirmedWithFailures(int failures, Instant at) {
        List<Object> events = new ArrayList<>(List.of(signedUp(), confirmed()));
        for (int n = 1; n <= failures; n++) {
            Duration lockout = SignInLockout.lockoutAfter(n);
            events.add(new SignInFailedEvent(SUB, POOL, CLIENT, BY_PASSWORD, null, n,
                    lockout.isZero() ? null : at.plus(lockout), at));
        }
        return events;
    }

    static SignInWithPassword withPassword(String password) {
        return new SignInWithPassword(SUB, CLIENT, BY_PASSWORD, password, GRANT);
    }

    static Matcher<Object> rejectedWith(CognitoError error, String message) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Rejected rejected && rejected.error().error() == error
                        && rejected.error().getMessage().equals(message);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("Rejected with " + error.awsName() + ": " + message);
            }
        };
    }

    static Matcher<Object> equalTo(Object expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return Objects.equals(expected, item);
            }

            @Override
            public void describeTo(Description description) {
                description.appendValue(expected);
            }
        };
    }

    @Nested
    @DisplayName("when a user signs in with a password")
    class WithPassword {

        @Test
        void the_right_password_signs_a_confirmed_user_in_with_the_prepared_grant() {
            fixture.given(signedUp(), confirmed())
                    .when(withPassword(PASSWORD))
                    .expectEvents(signedIn(null, GRANT, NOW))
                    .expectResultMessagePayloadMatching(equalTo(new SignedIn(NOW)));
        }

        @Test
        void a_wrong_password_is_recorded_as_a_failure_and_refused() {
            fixture.given(signedUp(), confirmed())
                    .when(withPassword("Wrong-Horse-1"))
                    .expectEvents(new SignInFailedEvent(SUB, POOL, CLIENT, BY_PASSWORD, null, 1, null, NOW))
                    .expectResultMessagePayloadMatching(rejectedWith(CognitoError.NOT_AUTHORIZED,
                            "Incorrect username or password."));
        }

        @Test
        void an_unconfirmed_user_with_the_right_password_is_told_so() {
            fixture.given(signedUp())
                    .when(withPassword(PASSWORD))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.USER_NOT_CONFIRMED, "User is not confirmed."));
        }

        @Test
        void an_unconfirmed_user_with_a_wrong_password_learns_nothing_about_the_account() {
            fixture.given(signedUp())
                    .when(withPassword("Wrong-Horse-1"))
                    .expectEvents(new SignInFailedEvent(SUB, POOL, CLIENT, BY_PASSWORD, null, 1, null, NOW))
                    .expectResultMessagePayloadMatching(rejectedWith(CognitoError.NOT_AUTHORIZED,
                            "Incorrect username or password."));
        }
    }

    @Nested
    @DisplayName("when sign-ins fail again and again")
    class Lockout {

        @Test
        void the_fifth_failure_locks_the_user_out_for_one_second() {
            fixture.given(confirmedWithFailures(4, NOW))
                    .when(withPassword("Wrong-Horse-1"))
                    .expectEvents(new SignInFailedEvent(SUB, POOL, CLIENT, BY_PASSWORD, null, 5,
                            NOW.plusSeconds(1), NOW));
        }

        @Test
        void each_further_failure_doubles_the_lockout() {
            fixture.given(confirmedWithFailures(7, NOW.minusSeconds(10)))
                    .when(withPassword("Wrong-Horse-1"))
                    .expectEvents(new SignInFailedEvent(SUB, POOL, CLIENT, BY_PASSWORD, null, 8,
                            NOW.plusSeconds(8), NOW));
        }

        @Test
        void the_lockout_grows_to_fifteen_minutes_at_most() {
            fixture.given(confirmedWithFailures(14, NOW.minus(Duration.ofMinutes(14))))
                    .when(withPassword("Wrong-Horse-1"))
                    .expectEvents(new SignInFailedEvent(SUB, POOL, CLIENT, BY_PASSWORD, null, 15,
                            NOW.plus(Duration.ofMinutes(15)), NOW));
        }

        @Test
        void during_a_lockout_even_the_right_password_is_refused_and_nothing_is_counted() {
            fixture.given(confirmedWithFailures(5, NOW))
                    .when(withPassword(PASSWORD))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.NOT_AUTHORIZED, "Password attempts exceeded"));
        }

        @Test
        void after_the_lockout_the_right_password_signs_in() {
            fixture.given(confirmedWithFailures(5, NOW.minusSeconds(1)))
                    .when(withPassword(PASSWORD))
                    .expectEvents(signedIn(null, GRANT, NOW));
        }

        @Test
        void a_successful_sign_in_starts_the_count_again() {
            List<Object> history = confirmedWithFailures(4, NOW.minusSeconds(5));
            history.add(signedIn(null, GRANT, NOW.minusSeconds(4)));
            fixture.given(history)
                    .when(withPassword("Wrong-Horse-1"))
                    .expectEvents(new SignInFailedEvent(SUB, POOL, CLIENT, BY_PASSWORD, null, 1, null, NOW));
        }

        @Test
        void failures_are_forgotten_fifteen_minutes_after_the_last_one() {
            fixture.given(confirmedWithFailures(4, NOW.minus(Duration.ofMinutes(15))))
                    .when(withPassword("Wrong-Horse-1"))
                    .expectEvents(new SignInFailedEvent(SUB, POOL, CLIENT, BY_PASSWORD, null, 1, null, NOW));
        }

        @Test
        void srp_sign_ins_cannot_start_during_a_lockout() {
            fixture.given(confirmedWithFailures(5, NOW))
                    .when(new BeginSrpSignIn(SUB, new SrpTestClient(POOL).srpA()))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.NOT_AUTHORIZED, "Password attempts exceeded"));
        }
    }

    @Nested
    @DisplayName("when a user signs in with SRP")
    class WithSrp {

        private final SrpTestClient client = new SrpTestClient(POOL);

        private SrpChallenge challenge() {
            return srp.begin(POOL, "jane", VERIFIERS.create(POOL, "jane", PASSWORD), client.srpA());
        }

        private AnswerPasswordVerifier answer(SrpChallenge challenge, String password) {
            Map<String, String> responses = client.respond(challenge.challengeParameters(), password, NOW);
            return new AnswerPasswordVerifier(SUB, CLIENT, new SrpResponse(responses.get("PASSWORD_CLAIM_SECRET_BLOCK"),
                    responses.get("PASSWORD_CLAIM_SIGNATURE"), responses.get("TIMESTAMP")),
                    SignInCommandHandler.secretBlockId(challenge.secretBlock()), Duration.ofMinutes(3), GRANT);
        }

        private UserSignedInEvent signedInWithSrp(String sessionId) {
            return new UserSignedInEvent(SUB, POOL, CLIENT, SRP, sessionId, GRANT.originJti(), GRANT.eventId(),
                    GRANT.refreshTokenId(), GRANT.refreshTokenExpiresAt(), NOW);
        }

        @Test
        void the_challenge_carries_the_users_salt_and_username() {
            fixture.given(signedUp(), confirmed())
                    .when(new BeginSrpSignIn(SUB, client.srpA()))
                    .expectNoEvents()
                    .expectResultMessagePayloadMatching(new TypeSafeMatcher<>() {
                        @Override
                        protected boolean matchesSafely(Object item) {
                            return item instanceof SrpChallenge challenge && challenge.userIdForSrp().equals("jane")
                                    && challenge.salt().equals(VERIFIERS.create(POOL, "jane", PASSWORD).salt());
                        }

                        @Override
                        public void describeTo(Description description) {
                            description.appendText("the challenge of jane's verifier");
                        }
                    });
        }

        @Test
        void an_srp_a_of_zero_modulo_n_is_refused() {
            fixture.given(signedUp(), confirmed())
                    .when(new BeginSrpSignIn(SUB, SrpGroup.N.toString(16)))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.INVALID_PARAMETER,
                            "SRP_A is not a valid SRP-6a public value"));
        }

        @Test
        void a_verified_answer_signs_in_and_uses_the_secret_block_up() {
            SrpChallenge challenge = challenge();
            AnswerPasswordVerifier answer = answer(challenge, PASSWORD);
            fixture.given(signedUp(), confirmed())
                    .when(answer)
                    .expectEvents(signedInWithSrp(answer.sessionId()));
        }

        @Test
        void the_same_answer_is_refused_the_second_time() {
            AnswerPasswordVerifier answer = answer(challenge(), PASSWORD);
            fixture.given(signedUp(), confirmed(), signedInWithSrp(answer.sessionId()))
                    .when(answer)
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.NOT_AUTHORIZED, "Invalid session for the user."));
        }

        @Test
        void a_wrong_password_counts_and_uses_the_secret_block_up() {
            AnswerPasswordVerifier answer = answer(challenge(), "Wrong-Horse-1");
            fixture.given(signedUp(), confirmed())
                    .when(answer)
                    .expectEvents(new SignInFailedEvent(SUB, POOL, CLIENT, SRP, answer.sessionId(), 1, null, NOW))
                    .expectResultMessagePayloadMatching(rejectedWith(CognitoError.NOT_AUTHORIZED,
                            "Incorrect username or password."));
        }

        @Test
        void an_answer_after_the_clients_session_validity_is_refused_as_expired() {
            AnswerPasswordVerifier answer = answer(challenge(), PASSWORD);
            clock.advance(Duration.ofMinutes(3).plusSeconds(1));
            fixture.given(signedUp(), confirmed())
                    .when(answer)
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.NOT_AUTHORIZED,
                            "Invalid session for the user, session is expired."));
        }

        @Test
        void an_altered_secret_block_is_refused_like_a_wrong_password_without_counting() {
            AnswerPasswordVerifier answer = answer(challenge(), PASSWORD);
            String block = answer.response().secretBlock();
            String altered = (block.charAt(20) == 'A' ? "B" : "A");
            AnswerPasswordVerifier tampered = new AnswerPasswordVerifier(SUB, CLIENT, new SrpResponse(
                    block.substring(0, 20) + altered + block.substring(21), answer.response().signature(),
                    answer.response().timestamp()), answer.sessionId(), Duration.ofMinutes(3), GRANT);
            fixture.given(signedUp(), confirmed())
                    .when(tampered)
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.NOT_AUTHORIZED, "Incorrect username or password."));
        }

        @Test
        void a_timestamp_that_cannot_be_read_is_refused() {
            SrpChallenge challenge = challenge();
            Map<String, String> responses = client.respond(challenge.challengeParameters(), PASSWORD,
                    "2026-03-01T10:00:00Z");
            fixture.given(signedUp(), confirmed())
                    .when(new AnswerPasswordVerifier(SUB, CLIENT, new SrpResponse(challenge.secretBlock(),
                            responses.get("PASSWORD_CLAIM_SIGNATURE"), responses.get("TIMESTAMP")),
                            SignInCommandHandler.secretBlockId(challenge.secretBlock()), Duration.ofMinutes(3),
                            GRANT))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.INVALID_PARAMETER,
                            "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english."));
        }
    }

    @Nested
    @DisplayName("when a user created by an administrator signs in")
    class TemporaryPassword {

        @Test
        void the_temporary_password_asks_for_a_new_one_without_signing_in() {
            fixture.given(createdByAdmin(NOW.plus(Duration.ofDays(7))))
                    .when(withPassword(TEMPORARY))
                    .expectEvents(new TemporaryPasswordVerifiedEvent(SUB, POOL, CLIENT, BY_PASSWORD, null, NOW))
                    .expectResultMessagePayloadMatching(equalTo(new NewPasswordRequired()));
        }

        @Test
        void an_expired_temporary_password_is_refused() {
            fixture.given(createdByAdmin(NOW))
                    .when(withPassword(TEMPORARY))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.NOT_AUTHORIZED,
                            "Temporary password has expired and must be reset by an administrator."));
        }

        @Test
        void choosing_a_new_password_replaces_the_temporary_one_confirms_and_signs_in() {
            fixture.given(createdByAdmin(NOW.plus(Duration.ofDays(7))))
                    .when(new ChooseNewPassword(SUB, CLIENT, BY_PASSWORD, "session-1", PASSWORD,
                            Map.of("name", "Jane"), GRANT))
                    .expectEvents(new TemporaryPasswordReplacedEvent(SUB, POOL, CLIENT,
                                    VERIFIERS.create(POOL, "jane", PASSWORD), Map.of("name", "Jane"), NOW),
                            signedIn("session-1", GRANT, NOW));
        }

        @Test
        void the_new_password_signs_in_afterwards_and_the_temporary_one_no_longer_does() {
            fixture.given(createdByAdmin(NOW.plus(Duration.ofDays(7))),
                            new TemporaryPasswordReplacedEvent(SUB, POOL, CLIENT,
                                    VERIFIERS.create(POOL, "jane", PASSWORD), Map.of(), NOW))
                    .when(withPassword(TEMPORARY))
                    .expectEvents(new SignInFailedEvent(SUB, POOL, CLIENT, BY_PASSWORD, null, 1, null, NOW));
        }

        @Test
        void a_new_password_session_is_answered_once() {
            fixture.given(createdByAdmin(NOW.plus(Duration.ofDays(7))),
                            new TemporaryPasswordReplacedEvent(SUB, POOL, CLIENT,
                                    VERIFIERS.create(POOL, "jane", PASSWORD), Map.of(), NOW),
                            signedIn("session-1", GRANT, NOW))
                    .when(new ChooseNewPassword(SUB, CLIENT, BY_PASSWORD, "session-1", "Other-Horse-2", Map.of(),
                            GRANT))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.NOT_AUTHORIZED, "Invalid session for the user."));
        }

        @Test
        void a_confirmed_user_cannot_answer_a_new_password_challenge() {
            fixture.given(signedUp(), confirmed())
                    .when(new ChooseNewPassword(SUB, CLIENT, BY_PASSWORD, "session-2", "Other-Horse-2", Map.of(),
                            GRANT))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.NOT_AUTHORIZED, "Invalid session for the user."));
        }
    }

    @Nested
    @DisplayName("when a refresh token is presented")
    class Refresh {

        @Test
        void a_valid_token_renews_the_sign_in_session() {
            fixture.given(signedUp(), confirmed(), signedIn(null, GRANT, NOW.minusSeconds(60)))
                    .when(new RefreshSignIn(SUB, CLIENT, presented(GRANT, NOW.minusSeconds(60)), "event-2"))
                    .expectEvents(new UserTokensRefreshedEvent(SUB, POOL, CLIENT, "refresh-1", "origin-1", "event-2",
                            NOW))
                    .expectResultMessagePayloadMatching(equalTo(new Refreshed("origin-1", NOW.minusSeconds(60))));
        }

        @Test
        void a_token_of_another_client_is_refused() {
            fixture.given(signedUp(), confirmed(), signedIn(null, GRANT, NOW))
                    .when(new RefreshSignIn(SUB, "client2", presented(GRANT, NOW), "event-2"))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.NOT_AUTHORIZED, "Invalid Refresh Token"));
        }

        @Test
        void an_expired_token_is_refused() {
            SignInGrant shortLived = new SignInGrant("origin-1", "event-1", "refresh-1", NOW);
            fixture.given(signedUp(), confirmed(), signedIn(null, shortLived, NOW.minusSeconds(60)))
                    .when(new RefreshSignIn(SUB, CLIENT, presented(shortLived, NOW.minusSeconds(60)), "event-2"))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.NOT_AUTHORIZED, "Refresh Token has expired"));
        }
    }
}
