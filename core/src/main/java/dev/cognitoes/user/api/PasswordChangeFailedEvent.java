package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A ChangePassword request offered a wrong current password. It counts toward the same lockout as failed
 * sign-ins, so an access token cannot be used to guess the password.
 *
 * @param consecutiveFailures failed password attempts in a row, sign-ins included, this one counted
 * @param lockedOutUntil      until when password attempts are refused; {@code null} when not locked out
 */
@Revision("1")
public record PasswordChangeFailedEvent(String sub, String userPoolId, String clientId, int consecutiveFailures,
                                        Instant lockedOutUntil, Instant failedAt) implements UserEvent {
}
