package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An administrator invalidated the user's password (AdminResetUserPassword). The user is {@code RESET_REQUIRED}:
 * no password signs the user in until a new one is set.
 */
@Revision("1")
public record PasswordResetRequiredEvent(String sub, String userPoolId, Instant requiredAt) implements UserEvent {
}
