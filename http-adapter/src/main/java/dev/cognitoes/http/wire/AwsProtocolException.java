package dev.cognitoes.http.wire;

import java.util.Objects;

/**
 * A request the AWS JSON protocol layer refuses before any operation sees it. These errors belong to the
 * protocol, not to Cognito, so they are not in {@link dev.cognitoes.shared.CognitoError}: they are always
 * answered with HTTP 400.
 */
public final class AwsProtocolException extends RuntimeException {

    /** The body is not JSON, or a member has the wrong JSON type. */
    public static final String SERIALIZATION = "SerializationException";
    /** The {@code X-Amz-Target} header is missing or names no operation of the service. */
    public static final String UNKNOWN_OPERATION = "UnknownOperationException";

    private final String errorType;

    private AwsProtocolException(String errorType, String message) {
        super(message, null, false, false);
        this.errorType = Objects.requireNonNull(errorType, "errorType");
    }

    /** @param message what AWS says, or {@code null} where AWS sends no message */
    public static AwsProtocolException serialization(String message) {
        return new AwsProtocolException(SERIALIZATION, message);
    }

    public static AwsProtocolException unknownOperation(String message) {
        return new AwsProtocolException(UNKNOWN_OPERATION, message);
    }

    /** The name written in {@code __type} and {@code x-amzn-ErrorType}. */
    public String errorType() {
        return errorType;
    }
}
