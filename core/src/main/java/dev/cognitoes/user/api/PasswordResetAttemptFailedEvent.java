package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A wrong password reset code was presented for the user (ConfirmForgotPassword). It counts towards the hourly
 * limit of reset attempts; the code stays valid.
 */
@Revision("1")
public record PasswordResetAttemptFailedEvent(String sub, String userPoolId, Instant failedAt) implements UserEvent {
}
