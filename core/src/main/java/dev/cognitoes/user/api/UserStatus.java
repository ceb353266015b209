package dev.cognitoes.user.api;

/** Where a user stands in its lifecycle, named as Cognito's {@code UserStatusType}. */
public enum UserStatus {
    /** Signed up, not yet confirmed. */
    UNCONFIRMED,
    /** Confirmed: may sign in. */
    CONFIRMED,
    /** Created by an administrator; must choose a new password at the first sign-in. */
    FORCE_CHANGE_PASSWORD,
    /** Must reset the password before signing in. */
    RESET_REQUIRED,
    ARCHIVED,
    COMPROMISED,
    UNKNOWN,
    /** Signed in through an external identity provider. */
    EXTERNAL_PROVIDER
}
