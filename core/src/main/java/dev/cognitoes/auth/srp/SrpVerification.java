package dev.cognitoes.auth.srp;

/**
 * The outcome of checking a {@code PASSWORD_VERIFIER} response. Only {@link #VERIFIED} signs the user in; the
 * others say why not, so the caller can answer as Cognito does and count only password failures toward a lockout.
 */
public enum SrpVerification {

    /** The signature proves the client knows the password behind the verifier. */
    VERIFIED,

    /**
     * Everything checks out except the signature: the password is wrong (or the client signed something else,
     * such as a {@code TIMESTAMP} whose day has a leading zero or whose weekday is wrong). Cognito answers
     * {@code NotAuthorizedException} "Incorrect username or password.".
     */
    WRONG_PASSWORD,

    /**
     * The secret block was not issued by this runtime for this pool and user, was altered, or is not base64.
     * Cognito answers {@code NotAuthorizedException} "Incorrect username or password.".
     */
    UNKNOWN_SECRET_BLOCK,

    /** The secret block is genuine but older than its lifetime ({@link SrpServer#SECRET_BLOCK_LIFETIME} at most). */
    EXPIRED_SECRET_BLOCK,

    /**
     * {@code TIMESTAMP} cannot be read as {@code EEE MMM d HH:mm:ss z yyyy} in English. Cognito answers
     * {@code InvalidParameterException} "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.".
     */
    MALFORMED_TIMESTAMP,

    /** {@code TIMESTAMP} is further than {@link SrpServer#TIMESTAMP_TOLERANCE} from the server's clock. */
    TIMESTAMP_OUT_OF_RANGE;

    /** Whether the response signs the user in. */
    public boolean verified() {
        return this == VERIFIED;
    }
}
