package dev.cognitoes.shared;

import java.util.UUID;

/** Makes the identifiers Cognito hands out, in Cognito's formats. Injected, so tests can pin them. */
public interface IdGenerator {

    /** Nine alphanumerics: the part of a user pool id after {@code <region>_}. */
    String userPoolIdSuffix();

    /** An app client id: 26 lowercase alphanumerics. */
    String appClientId();

    /** An app client secret: 51 lowercase alphanumerics. */
    String appClientSecret();

    /** A user's {@code sub}: a random UUID that never changes and never comes back. */
    UUID sub();
}
