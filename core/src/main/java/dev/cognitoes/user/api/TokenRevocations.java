package dev.cognitoes.user.api;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which of a user's access tokens are no longer accepted, kept in the user read model so that checking a token
 * costs nothing beyond reading the user (GetUser, ChangePassword, GlobalSignOut). Built from
 * {@link UserSignedOutEvent}, {@link RefreshTokenRevokedEvent} and {@link UserSignedInEvent}; small and bounded:
 * a revoked session is forgotten once no access token of it can still be valid.
 *
 * <p>Tokens carry their issue time ({@code iat}) in whole seconds. A token whose second ends before the sign-out
 * was issued before it; one of the sign-out's own second was issued before it unless its session began at or
 * after the sign-out, which {@code sessionsSinceSignOut} records.
 *
 * @param signedOutAt          the last global sign-out; {@code null} when the user never signed out
 * @param sessionsSinceSignOut {@code origin_jti}s of sessions that began in the second of the last sign-out, at
 *                             or after it
 * @param revokedSessions      {@code origin_jti}s of revoked sessions, each with the time after which no access
 *                             token of it can still be valid
 */
public record TokenRevocations(Instant signedOutAt, Set<String> sessionsSinceSignOut,
                               Map<String, Instant> revokedSessions) {

    /** Cognito's longest access token validity: after it, a revoked session's tokens have all expired. */
    public static final Duration LONGEST_ACCESS_TOKEN_VALIDITY = Duration.ofDays(1);

    /** A user who never signed out and revoked nothing. */
    public static final TokenRevocations NONE = new TokenRevocations(null, Set.of(), Map.of());

    public TokenRevocations {
        sessionsSinceSignOut = sessionsSinceSignOut == null ? Set.of() : Set.copyOf(sessionsSinceSignOut);
        revokedSessions = revokedSessions == null ? Map.of() : Map.copyOf(revokedSessions);
    }

    /**
     * @param originJti the token's {@code origin_jti}
     * @param issuedAt  the token's {@code iat}
     * @return whether an access token with these claims is revoked
     */
    public boolean revokes(String originJti, Instant issuedAt) {
        Objects.requireNonNull(originJti, "originJti");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (revokedSessions.containsKey(originJti)) {
            return true;
        }
        return signedOutAt != null && issuedAt.isBefore(signOutSecondEnd())
                && !sessionsSinceSignOut.contains(originJti);
    }

    /** After a global sign-out at {@code at}: revoked sessions kept, sessions since the previous sign-out forgotten. */
    public TokenRevocations signedOut(Instant at) {
        return new TokenRevocations(at, Set.of(), unexpired(at));
    }

    /** After the session {@code originJti} was revoked at {@code at}. */
    public TokenRevocations sessionRevoked(String originJti, Instant at) {
        Map<String, Instant> revoked = new HashMap<>(unexpired(at));
        revoked.put(originJti, at.plus(LONGEST_ACCESS_TOKEN_VALIDITY));
        return new TokenRevocations(signedOutAt, sessionsSinceSignOut, revoked);
    }

    /**
     * After a session began at {@code at}; changed only when it began in the second of the last sign-out, at or
     * after it.
     */
    public TokenRevocations sessionBegan(String originJti, Instant at) {
        if (signedOutAt == null || at.isBefore(signedOutAt) || !at.isBefore(signOutSecondEnd())) {
            return this;
        }
        Set<String> since = new HashSet<>(sessionsSinceSignOut);
        since.add(originJti);
        return new TokenRevocations(signedOutAt, since, revokedSessions);
    }

    private Instant signOutSecondEnd() {
        return signedOutAt.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    private Map<String, Instant> unexpired(Instant now) {
        Map<String, Instant> kept = new HashMap<>();
        revokedSessions.forEach((origin, until) -> {
            if (until.isAfter(now)) {
                kept.put(origin, until);
            }
        });
        return kept;
    }
}
