package dev.cognitoes.auth.srp;

import java.util.Objects;

/**
 * {@code SRP_A} cannot start an exchange. The message names the defect, never the value. Cognito answers such a
 * value with {@code InvalidParameterException}.
 */
public final class InvalidSrpAException extends RuntimeException {

    /** What is wrong with {@code SRP_A}. */
    public enum Defect {
        /** Empty, longer than {@value SrpServer#MAX_SRP_A_HEX_DIGITS} digits, or not hex. */
        NOT_HEX,
        /**
         * Not an element {@code 1 < A < N - 1} of the group: {@code A mod N == 0} would let anyone compute the
         * session key without the password, and {@code 1}, {@code N - 1} or {@code A >= N} no honest client sends.
         */
        OUTSIDE_GROUP
    }

    private final Defect defect;

    InvalidSrpAException(Defect defect) {
        super(defect == Defect.NOT_HEX ? "SRP_A is not a hex number" : "SRP_A is not a valid SRP-6a public value");
        this.defect = Objects.requireNonNull(defect, "defect");
    }

    public Defect defect() {
        return defect;
    }
}
