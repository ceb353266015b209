package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The user is {@code CONFIRMED}: by the code sent at sign-up, or by an administrator.
 *
 * @param verifiedAttribute the attribute the code was sent to, now verified ({@code email} or
 *                          {@code phone_number}); {@code null} when an administrator confirmed the user
 * @param byAdministrator   whether AdminConfirmSignUp confirmed the user
 */
@Revision("1")
public record UserConfirmedEvent(String sub, String userPoolId, String verifiedAttribute, boolean byAdministrator,
                                 Instant confirmedAt) implements UserEvent {
}
