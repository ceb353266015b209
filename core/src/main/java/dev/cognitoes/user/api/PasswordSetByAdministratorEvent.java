package dev.cognitoes.user.api;

import dev.cognitoes.auth.srp.PasswordVerifier;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An administrator set the user's password (AdminSetUserPassword); the previous password no longer works. A
 * permanent password makes the user {@code CONFIRMED}, a temporary one {@code FORCE_CHANGE_PASSWORD}.
 *
 * @param password                   the SRP verifier of the password set
 * @param permanent                  whether the user may keep it
 * @param temporaryPasswordExpiresAt when a temporary password stops working; {@code null} for a permanent one
 */
@Revision("1")
public record PasswordSetByAdministratorEvent(String sub, String userPoolId, PasswordVerifier password,
                                              boolean permanent, Instant temporaryPasswordExpiresAt, Instant setAt)
        implements UserEvent {
}
