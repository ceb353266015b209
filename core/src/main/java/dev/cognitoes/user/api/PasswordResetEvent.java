package dev.cognitoes.user.api;

import dev.cognitoes.auth.srp.PasswordVerifier;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The user proved a password reset code and chose a new password (ConfirmForgotPassword). The user is
 * {@code CONFIRMED}, the previous password no longer works, and the code is spent.
 *
 * @param password the SRP verifier of the new password
 */
@Revision("1")
public record PasswordResetEvent(String sub, String userPoolId, PasswordVerifier password, Instant resetAt)
        implements UserEvent {
}
