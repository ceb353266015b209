package dev.cognitoes.persistence.kafka.projection;

/** What a step of a user's sign-up history was, as {@link SignUpHistory} names the user events. */
public enum LifecycleStep {
    /** The user signed up ({@code UserSignedUpEvent}). */
    SIGNED_UP,
    /** An administrator created the user ({@code UserCreatedByAdminEvent}). */
    CREATED_BY_ADMIN,
    /** A sign-up confirmation code was sent ({@code ConfirmationCodeSentEvent}). */
    CODE_SENT,
    /** An invitation with a temporary password was sent ({@code InvitationSentEvent}). */
    INVITATION_SENT,
    /** The user was confirmed, by code or by an administrator ({@code UserConfirmedEvent}). */
    CONFIRMED,
    /** The user signed in and got tokens ({@code UserSignedInEvent}). */
    SIGNED_IN,
    /**
     * The user's password changed: reset with a code, set by an administrator, or a temporary one replaced
     * ({@code PasswordResetEvent}, {@code PasswordSetByAdministratorEvent}, {@code TemporaryPasswordReplacedEvent}).
     */
    PASSWORD_CHANGED,
    /** A password reset code was sent ({@code PasswordResetCodeSentEvent}). */
    PASSWORD_RESET_CODE_SENT,
    /** An administrator required a password reset ({@code PasswordResetRequiredEvent}). */
    PASSWORD_RESET_REQUIRED,
    /** The user was deleted, alone or with the pool ({@code UserDeletedEvent}, {@code UserPoolDeletedEvent}). */
    DELETED,
    /** Any other event of the user, such as a failed attempt or a disabling; its type is in the entry. */
    OTHER
}
