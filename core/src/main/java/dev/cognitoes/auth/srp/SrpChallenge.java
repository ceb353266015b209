package dev.cognitoes.auth.srp;

import java.util.Map;
import java.util.Objects;

/**
 * What the server answers to {@code SRP_A}: the challenge parameters of {@code PASSWORD_VERIFIER}.
 *
 * @param srpB         {@code SRP_B}: hex of the server's public value {@code B}
 * @param salt         {@code SALT}: hex of the user's salt, as stored in the {@link PasswordVerifier}
 * @param secretBlock  {@code SECRET_BLOCK}: base64 of the sealed state of this exchange; opaque to the client,
 *                     which returns it as {@code PASSWORD_CLAIM_SECRET_BLOCK} and signs its bytes
 * @param userIdForSrp {@code USER_ID_FOR_SRP}: the name the client must derive its key and signature with
 */
public record SrpChallenge(String srpB, String salt, String secretBlock, String userIdForSrp) {

    public SrpChallenge {
        Objects.requireNonNull(srpB, "srpB");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(secretBlock, "secretBlock");
        Objects.requireNonNull(userIdForSrp, "userIdForSrp");
    }

    /** The four values under the names Cognito gives them in {@code ChallengeParameters}. */
    public Map<String, String> challengeParameters() {
        return Map.of("SRP_B", srpB, "SALT", salt, "SECRET_BLOCK", secretBlock, "USER_ID_FOR_SRP", userIdForSrp);
    }

    @Override
    public String toString() {
        return "SrpChallenge[userIdForSrp=" + userIdForSrp + "]";
    }
}
