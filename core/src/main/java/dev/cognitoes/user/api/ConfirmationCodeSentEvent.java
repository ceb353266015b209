package dev.cognitoes.user.api;

import dev.cognitoes.auth.code.CodeHash;
import dev.cognitoes.delivery.DeliveryMedium;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A sign-up confirmation code was issued to an unconfirmed user; it replaces any earlier one.
 *
 * @param codeHash      the keyed hash of the code; the code itself is never recorded
 * @param attributeName the attribute the destination came from, {@code email} or {@code phone_number}; it is
 *                      verified when the code is confirmed
 * @param destination   the full email address or phone number the code went to
 * @param expiresAt     when the code stops working, 24 hours after it was sent
 */
@Revision("1")
public record ConfirmationCodeSentEvent(String sub, String userPoolId, CodeHash codeHash, DeliveryMedium medium,
                                        String attributeName, String destination, Instant sentAt,
                                        Instant expiresAt) implements UserEvent {
}
