package dev.cognitoes.user;

import dev.cognitoes.auth.KeyDerivation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * The {@code Session} of a sign-in challenge: opaque to the client, sealed so it cannot be forged or altered, and
 * bound to the pool, the app client, the user, the challenge and an expiry. That it is used only once is the
 * user aggregate's to enforce, by the session id. Thread-safe.
 */
final class ChallengeSessions {

    private static final String FORMAT = "s1";

    private final SignInSeal seal;

    ChallengeSessions(SecretKey masterKey) {
        this.seal = new SignInSeal(masterKey, KeyDerivation.Purpose.SIGN_IN_SESSION);
    }

    String seal(Session session) {
        return seal.seal(List.of(FORMAT, session.sessionId(), session.userPoolId(), session.clientId(),
                session.sub(), session.challengeName(), session.authFlow(),
                Long.toString(session.expiresAt().toEpochMilli())));
    }

    /** The session {@code text} seals; empty when it is not a session of this runtime or was altered. */
    Optional<Session> open(String text) {
        return seal.open(text)
                .filter(fields -> fields.size() == 8 && FORMAT.equals(fields.get(0)))
                .map(fields -> new Session(fields.get(1), fields.get(2), fields.get(3), fields.get(4), fields.get(5),
                        fields.get(6), Instant.ofEpochMilli(Long.parseLong(fields.get(7)))));
    }

    /**
     * @param sessionId     what the user aggregate records once the session is answered
     * @param sub           the user the challenge was issued to; empty for a challenge issued for an unknown name
     * @param challengeName the challenge the session answers
     * @param authFlow      the flow the sign-in started with
     */
    record Session(String sessionId, String userPoolId, String clientId, String sub, String challengeName,
                   String authFlow, Instant expiresAt) {

        boolean forUnknownUser() {
            return sub.isEmpty();
        }

        @Override
        public String toString() {
            return "Session[userPoolId=" + userPoolId + ", clientId=" + clientId + ", sub=" + sub
                    + ", challengeName=" + challengeName + ", authFlow=" + authFlow + ", expiresAt=" + expiresAt + "]";
        }
    }
}
