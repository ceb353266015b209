package dev.cognitoes.auth.srp;

import java.util.Objects;

/**
 * The client's answer to {@code PASSWORD_VERIFIER}, taken from {@code ChallengeResponses}. The caller reports a
 * missing value itself; this record holds only values that were sent.
 *
 * @param secretBlock {@code PASSWORD_CLAIM_SECRET_BLOCK}: the {@code SECRET_BLOCK} the client was given
 * @param signature   {@code PASSWORD_CLAIM_SIGNATURE}: base64 of the client's HMAC-SHA256
 * @param timestamp   {@code TIMESTAMP}: the time the client signed, as {@code EEE MMM d HH:mm:ss UTC yyyy}
 */
public record SrpResponse(String secretBlock, String signature, String timestamp) {

    public SrpResponse {
        Objects.requireNonNull(secretBlock, "secretBlock");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    @Override
    public String toString() {
        return "SrpResponse[timestamp=" + timestamp + "]";
    }
}
