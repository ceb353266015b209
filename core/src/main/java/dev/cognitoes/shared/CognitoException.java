package dev.cognitoes.shared;

import java.util.Objects;

/**
 * A refusal the Cognito API defines: the {@link CognitoError} names it as AWS does and the message is worded as
 * AWS words it. Every port (the in-process API, HTTP) reports it unchanged.
 *
 * <p>Messages never contain a password, code, token or key.
 */
public class CognitoException extends RuntimeException {

    private final CognitoError error;

    public CognitoException(CognitoError error, String message) {
        super(message, null, false, false);
        this.error = Objects.requireNonNull(error, "error");
    }

    public CognitoError error() {
        return error;
    }

    @Override
    public String toString() {
        return error.awsName() + ": " + getMessage();
    }
}
