package dev.cognitoes.user.api;

import dev.cognitoes.auth.srp.PasswordVerifier;
import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * An administrator created a user (AdminCreateUser), who is {@code FORCE_CHANGE_PASSWORD} until the first sign-in.
 *
 * @param attributes                   the attributes given, without {@code sub}
 * @param temporaryPassword            the SRP verifier of the temporary password
 * @param temporaryPasswordExpiresAt   when the temporary password stops working
 */
@Revision("1")
public record UserCreatedByAdminEvent(String sub, String userPoolId, String username, Map<String, String> attributes,
                                      PasswordVerifier temporaryPassword, Instant temporaryPasswordExpiresAt,
                                      Instant createdAt) implements UserEvent {
}
