package dev.cognitoes.user;

import static dev.cognitoes.testkit.CognitoErrorMatcher.cognitoError;
import static dev.cognitoes.user.UserSignInTest.CLIENT;
import static dev.cognitoes.user.UserSignInTest.GRANT;
import static dev.cognitoes.user.UserSignInTest.NOW;
import static dev.cognitoes.user.UserSignInTest.PASSWORD;
import static dev.cognitoes.user.UserSignInTest.POOL;
import static dev.cognitoes.user.UserSignInTest.SUB;
import static dev.cognitoes.user.UserSignInTest.VERIFIERS;
import static dev.cognitoes.user.UserSignInTest.confirmed;
import static dev.cognitoes.user.UserSignInTest.equalTo;
import static dev.cognitoes.user.UserSignInTest.rejectedWith;
import static dev.cognitoes.user.UserSignInTest.signedIn;
import static dev.cognitoes.user.UserSignInTest.signedUp;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.testkit.TestClock;
import dev.cognitoes.user.SignInCommands.PresentedRefreshToken;
import dev.cognitoes.user.SignInCommands.RefreshSignIn;
import dev.cognitoes.user.SignInCommands.Refreshed;
import dev.cognitoes.user.TokenCommands.ChangePassword;
import dev.cognitoes.user.TokenCommands.RevokeRefreshToken;
import dev.cognitoes.user.TokenCommands.RotateRefreshToken;
import dev.cognitoes.user.TokenCommands.SignOutEverywhere;
import dev.cognitoes.user.api.PasswordChangeFailedEvent;
import dev.cognitoes.user.api.PasswordChangedEvent;
import dev.cognitoes.user.api.PasswordResetRequiredEvent;
import dev.cognitoes.user.api.RefreshTokenRevokedEvent;
import dev.cognitoes.user.api.RefreshTokenRotatedEvent;
import dev.cognitoes.user.api.UserSignedOutEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserTokenOperationsTest {

    static final String NEW_PASSWORD = "Battery-Staple-2";
    static final Instant EARLIER = NOW.minus(Duration.ofMinutes(5));
    static final PresentedRefreshToken TOKEN = UserSignInTest.presented(GRANT, EARLIER);

    private final TestClock clock = new TestClock(NOW);
    private FixtureConfiguration<User> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(VERIFIERS);
        fixture.registerInjectableResource(clock);
    }

    static List<Object> signedInEarlier() {
        return List.of(signedUp(), confirmed(), signedIn(null, GRANT, EARLIER));
    }

    static RefreshTokenRotatedEvent rotated(Instant validUntil, Instant at) {
        return new RefreshTokenRotatedEvent(SUB, POOL, CLIENT, GRANT.refreshTokenId(), validUntil, "refresh-2",
                NOW.plus(Duration.ofDays(30)), GRANT.originJti(), "event-2", at);
    }

    @Nested
    @DisplayName("when the user is signed out everywhere")
    class SignOut {

        @Test
        void the_sign_out_is_recorded() {
            fixture.given(signedInEarlier())
                    .when(new SignOutEverywhere(SUB, false))
                    .expectEvents(new UserSignedOutEvent(SUB, POOL, false, NOW));
        }

        @Test
        void a_refresh_token_issued_before_is_revoked() {
            List<Object> history = new ArrayList<>(signedInEarlier());
            history.add(new UserSignedOutEvent(SUB, POOL, true, EARLIER.plusSeconds(1)));
            fixture.given(history)
                    .when(new RefreshSignIn(SUB, CLIENT, TOKEN, "event-2"))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.NOT_AUTHORIZED, "Refresh Token has been revoked"));
        }
    }

    @Nested
    @DisplayName("when a refresh token is revoked")
    class Revoke {

        @Test
        void the_token_and_its_session_are_recorded_as_revoked() {
            fixture.given(signedInEarlier())
                    .when(new RevokeRefreshToken(SUB, CLIENT, TOKEN))
                    .expectEvents(new RefreshTokenRevokedEvent(SUB, POOL, CLIENT, GRANT.refreshTokenId(),
                            GRANT.originJti(), NOW));
        }

        @Test
        void a_token_of_another_client_is_refused() {
            fixture.given(signedInEarlier())
                    .when(new RevokeRefreshToken(SUB, "other-client", TOKEN))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.UNAUTHORIZED, "Token was not issued to this client."));
        }

        @Test
        void an_unknown_or_already_revoked_token_changes_nothing() {
            List<Object> history = new ArrayList<>(signedInEarlier());
            history.add(new RefreshTokenRevokedEvent(SUB, POOL, CLIENT, GRANT.refreshTokenId(), GRANT.originJti(),
                    EARLIER));
            fixture.given(history)
                    .when(new RevokeRefreshToken(SUB, CLIENT, TOKEN))
                    .expectNoEvents()
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    @DisplayName("when a refresh token is rotated")
    class Rotate {

        @Test
        void the_new_token_continues_the_session_and_the_old_one_has_a_grace_period() {
            fixture.given(signedInEarlier())
                    .when(new RotateRefreshToken(SUB, CLIENT, TOKEN, "refresh-2",
                            NOW.plus(Duration.ofDays(30)), "event-2", Duration.ofSeconds(10)))
                    .expectEvents(rotated(NOW.plusSeconds(10), NOW))
                    .expectResultMessagePayloadMatching(equalTo(new Refreshed(GRANT.originJti(), EARLIER)));
        }

        @Test
        void a_retry_in_the_grace_period_keeps_the_first_deadline() {
            List<Object> history = new ArrayList<>(signedInEarlier());
            history.add(rotated(NOW.plusSeconds(5), NOW.minusSeconds(5)));
            fixture.given(history)
                    .when(new RotateRefreshToken(SUB, CLIENT, TOKEN, "refresh-3",
                            NOW.plus(Duration.ofDays(30)), "event-3", Duration.ofSeconds(10)))
                    .expectEvents(new RefreshTokenRotatedEvent(SUB, POOL, CLIENT, GRANT.refreshTokenId(),
                            NOW.plusSeconds(5), "refresh-3", NOW.plus(Duration.ofDays(30)), GRANT.originJti(),
                            "event-3", NOW));
        }

        @Test
        void the_old_token_after_the_grace_period_is_a_reuse() {
            List<Object> history = new ArrayList<>(signedInEarlier());
            history.add(rotated(NOW, NOW.minusSeconds(10)));
            fixture.given(history)
                    .when(new RefreshSignIn(SUB, CLIENT, TOKEN, "event-3"))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.REFRESH_TOKEN_REUSE, "Invalid Refresh Token"));
        }
    }

    @Nested
    @DisplayName("when the user changes the password")
    class Change {

        @Test
        void the_right_previous_password_records_the_new_verifier() {
            fixture.given(signedInEarlier())
                    .when(new ChangePassword(SUB, CLIENT, PASSWORD, NEW_PASSWORD))
                    .expectEvents(new PasswordChangedEvent(SUB, POOL, CLIENT,
                            VERIFIERS.create(POOL, "jane", NEW_PASSWORD), NOW));
        }

        @Test
        void a_wrong_previous_password_is_recorded_and_refused() {
            fixture.given(signedInEarlier())
                    .when(new ChangePassword(SUB, CLIENT, "Wrong-Horse-1", NEW_PASSWORD))
                    .expectEvents(new PasswordChangeFailedEvent(SUB, POOL, CLIENT, 1, null, NOW))
                    .expectResultMessagePayloadMatching(rejectedWith(CognitoError.NOT_AUTHORIZED,
                            "Incorrect username or password."));
        }

        @Test
        void during_a_lockout_nothing_is_tried() {
            List<Object> history = new ArrayList<>(signedInEarlier());
            history.add(new PasswordChangeFailedEvent(SUB, POOL, CLIENT, 5, NOW.plusSeconds(1), NOW));
            fixture.given(history)
                    .when(new ChangePassword(SUB, CLIENT, PASSWORD, NEW_PASSWORD))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.LIMIT_EXCEEDED,
                            "Attempt limit exceeded, please try after some time."));
        }

        @Test
        void a_user_who_must_reset_the_password_cannot_change_it() {
            List<Object> history = new ArrayList<>(signedInEarlier());
            history.add(new PasswordResetRequiredEvent(SUB, POOL, EARLIER));
            fixture.given(history)
                    .when(new ChangePassword(SUB, CLIENT, PASSWORD, NEW_PASSWORD))
                    .expectNoEvents()
                    .expectException(cognitoError(CognitoError.PASSWORD_RESET_REQUIRED,
                            "Password reset required for the user"));
        }
    }
}
