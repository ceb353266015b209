package dev.cognitoes.user;

import dev.cognitoes.shared.CognitoError;
import dev.cognitoes.shared.CognitoException;

/** The refusals of the sign-in operations, worded as Cognito words them. */
final class SignInErrors {

    static final String INCORRECT_CREDENTIALS = "Incorrect username or password.";
    static final String INVALID_SESSION = "Invalid session for the user.";
    static final String EXPIRED_SESSION = "Invalid session for the user, session is expired.";
    static final String NOT_CONFIRMED = "User is not confirmed.";
    static final String DISABLED = "User is disabled.";
    static final String RESET_REQUIRED = "Password reset required for the user";
    static final String TEMPORARY_PASSWORD_EXPIRED =
            "Temporary password has expired and must be reset by an administrator.";
    static final String INVALID_REFRESH_TOKEN = "Invalid Refresh Token";
    static final String EXPIRED_REFRESH_TOKEN = "Refresh Token has expired";
    static final String REVOKED_REFRESH_TOKEN = "Refresh Token has been revoked";
    static final String REVOKED_ACCESS_TOKEN = "Access Token has been revoked";
    static final String MISSING_SCOPES = "Access Token does not have required scopes";
    static final String TOKEN_OF_ANOTHER_CLIENT = "Token was not issued to this client.";
    static final String REVOCATION_DISABLED = "Token revocation is not enabled for this client";
    static final String UNSUPPORTED_TOKEN = "Only refresh tokens can be revoked.";
    static final String INVALID_CLIENT_SECRET = "Invalid client secret.";
    static final String MALFORMED_TIMESTAMP = "TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.";
    static final String METHOD_NOT_SUPPORTED = "Initiate Auth method not supported.";

    private SignInErrors() {
    }

    static CognitoException incorrectCredentials() {
        return new CognitoException(CognitoError.NOT_AUTHORIZED, INCORRECT_CREDENTIALS);
    }

    static CognitoException invalidSession() {
        return new CognitoException(CognitoError.NOT_AUTHORIZED, INVALID_SESSION);
    }

    static CognitoException expiredSession() {
        return new CognitoException(CognitoError.NOT_AUTHORIZED, EXPIRED_SESSION);
    }

    static CognitoException notAuthorized(String message) {
        return new CognitoException(CognitoError.NOT_AUTHORIZED, message);
    }

    static CognitoException missing(String parameter) {
        return new CognitoException(CognitoError.INVALID_PARAMETER, "Missing required parameter " + parameter);
    }
}
