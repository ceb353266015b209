package dev.cognitoes.user;

import dev.cognitoes.auth.srp.SrpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The commands the sign-in handler sends to the {@link User} aggregate once the request passed the checks that
 * need pools, clients and the read model, and what the aggregate answers. Records carrying a password leave it
 * out of toString.
 */
final class SignInCommands {

    private SignInCommands() {
    }

    /**
     * What the handler prepared for a sign-in that succeeds: the ids of the session and authentication event, and
     * the id and expiry of the refresh token it will hand out.
     */
    record SignInGrant(String originJti, String eventId, String refreshTokenId, Instant refreshTokenExpiresAt) {
        SignInGrant {
            Objects.requireNonNull(originJti, "originJti");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(refreshTokenId, "refreshTokenId");
            Objects.requireNonNull(refreshTokenExpiresAt, "refreshTokenExpiresAt");
        }
    }

    /** {@code USER_PASSWORD_AUTH} and {@code ADMIN_USER_PASSWORD_AUTH}: the password itself is offered. */
    record SignInWithPassword(@TargetAggregateIdentifier String sub, String clientId, String authFlow,
                              String password, SignInGrant grant) {
        @Override
        public String toString() {
            return "SignInWithPassword[sub=" + sub + ", clientId=" + clientId + ", authFlow=" + authFlow + "]";
        }
    }

    /** {@code USER_SRP_AUTH}: the client's {@code SRP_A}; answers the {@code SrpChallenge}. */
    record BeginSrpSignIn(@TargetAggregateIdentifier String sub, String srpA) {
    }

    /**
     * The answer to {@code PASSWORD_VERIFIER}.
     *
     * @param sessionId       the id of the secret block answered, recorded so it is answered only once
     * @param sessionLifetime the client's authentication session validity
     */
    record AnswerPasswordVerifier(@TargetAggregateIdentifier String sub, String clientId, SrpResponse response,
                                  String sessionId, Duration sessionLifetime, SignInGrant grant) {
    }

    /** The answer to {@code NEW_PASSWORD_REQUIRED}: the password chosen and the attributes given with it. */
    record ChooseNewPassword(@TargetAggregateIdentifier String sub, String clientId, String authFlow,
                             String sessionId, String newPassword, Map<String, String> attributes, SignInGrant grant) {
        ChooseNewPassword {
            attributes = Map.copyOf(attributes);
        }

        @Override
        public String toString() {
            return "ChooseNewPassword[sub=" + sub + ", clientId=" + clientId + ", attributes="
                    + attributes.keySet() + "]";
        }
    }

    /**
     * What a refresh token presented says of itself, read from its seal: its id, the app client it was issued to,
     * its sign-in session and that session's auth time, when it was issued and when it expires.
     */
    record PresentedRefreshToken(String tokenId, String clientId, String originJti, Instant authTime,
                                 Instant issuedAt, Instant expiresAt) {
        PresentedRefreshToken {
            Objects.requireNonNull(tokenId, "tokenId");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(originJti, "originJti");
            Objects.requireNonNull(authTime, "authTime");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** {@code REFRESH_TOKEN_AUTH}: the refresh token presented through {@code clientId}. */
    record RefreshSignIn(@TargetAggregateIdentifier String sub, String clientId, PresentedRefreshToken token,
                         String eventId) {
    }

    /** What the aggregate answers a sign-in step that did not fail. */
    sealed interface SignInOutcome permits SignedIn, NewPasswordRequired, Refreshed {
    }

    /** The user is signed in; the tokens may be issued with the grant. */
    record SignedIn(Instant authTime) implements SignInOutcome {
    }

    /** The password proved right, and it is temporary: the user must choose a new one. */
    record NewPasswordRequired() implements SignInOutcome {
    }

    /** The refresh token is valid: tokens of its sign-in session may be issued again. */
    record Refreshed(String originJti, Instant authTime) implements SignInOutcome {
    }
}
