package dev.cognitoes.user.api;

import dev.cognitoes.auth.srp.PasswordVerifier;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The signed-in user proved the current password and chose a new one (ChangePassword). The previous password no
 * longer works; tokens already issued stay valid.
 *
 * @param clientId the app client the access token was issued to
 * @param password the SRP verifier of the new password
 */
@Revision("1")
public record PasswordChangedEvent(String sub, String userPoolId, String clientId, PasswordVerifier password,
                                   Instant changedAt) implements UserEvent {
}
