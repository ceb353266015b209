package dev.cognitoes.delivery;

/** Why a message is sent. */
public enum MessageKind {
    /** The code that confirms a self-service sign-up. */
    SIGN_UP,
    /** The invitation of a user created by an administrator, carrying the temporary password. */
    INVITATION,
    /** The code that verifies an email address or phone number. */
    ATTRIBUTE_VERIFICATION,
    /** The code that lets a user choose a new password. */
    FORGOT_PASSWORD
}
