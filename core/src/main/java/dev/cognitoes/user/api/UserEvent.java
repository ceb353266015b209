package dev.cognitoes.user.api;

/**
 * Every fact the user feature records: about users (keyed by their {@code sub}) and about the names they hold
 * (keyed by the name's claim id). Events never carry a password, code or secret in recoverable form.
 */
public sealed interface UserEvent permits UserSignedUpEvent, UserCreatedByAdminEvent, ConfirmationCodeSentEvent,
        ConfirmationAttemptFailedEvent, UserConfirmedEvent, InvitationSentEvent, TemporaryPasswordReissuedEvent,
        UserAttributeUnverifiedEvent, UserDeletedEvent, NameClaimedEvent, NameReleasedEvent,
        NameClaimTransferredEvent, PasswordResetCodeSentEvent, PasswordResetAttemptFailedEvent, PasswordResetEvent,
        PasswordResetRequiredEvent, PasswordSetByAdministratorEvent,
        UserSignedInEvent, SignInFailedEvent, TemporaryPasswordVerifiedEvent,
        TemporaryPasswordReplacedEvent, UserTokensRefreshedEvent,
        UserSignedOutEvent, RefreshTokenRevokedEvent, RefreshTokenRotatedEvent, PasswordChangedEvent,
        PasswordChangeFailedEvent,
        UserAttributesChangedEvent, UserAttributeUpdatePendingEvent, AttributeVerificationCodeSentEvent,
        UserDisabledEvent, UserEnabledEvent, UserMfaOptionsSetEvent, UserAttributeVerifiedEvent,
        AttributeVerificationAttemptFailedEvent {

    /** The pool the fact belongs to. */
    String userPoolId();
}
