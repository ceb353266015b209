package dev.cognitoes.user.api;

import dev.cognitoes.auth.srp.PasswordVerifier;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A {@code FORCE_CHANGE_PASSWORD} user got a new temporary password (AdminCreateUser with {@code RESEND}); the
 * previous one stops working.
 */
@Revision("1")
public record TemporaryPasswordReissuedEvent(String sub, String userPoolId, PasswordVerifier temporaryPassword,
                                             Instant temporaryPasswordExpiresAt, Instant reissuedAt)
        implements UserEvent {
}
