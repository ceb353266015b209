package dev.cognitoes.user.api;

/** AdminCreateUser's {@code MessageAction}: what happens to the invitation. */
public enum MessageAction {
    /** Send the invitation again, with a new temporary password, to a user who has not signed in yet. */
    RESEND,
    /** Send no invitation. */
    SUPPRESS
}
