package dev.cognitoes.user.api;

import dev.cognitoes.auth.srp.PasswordVerifier;
import java.time.Instant;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A {@code FORCE_CHANGE_PASSWORD} user answered {@code NEW_PASSWORD_REQUIRED}: the chosen password replaces the
 * temporary one, the attributes given with it are set, and the user is {@code CONFIRMED}.
 *
 * @param clientId   the app client the user answered through
 * @param password   the SRP verifier of the chosen password
 * @param attributes the attributes given with the new password, by name; they replace the values held
 */
@Revision("1")
public record TemporaryPasswordReplacedEvent(String sub, String userPoolId, String clientId,
                                             PasswordVerifier password, Map<String, String> attributes,
                                             Instant replacedAt) implements UserEvent {
}
