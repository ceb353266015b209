package dev.cognitoes.user.api;

import dev.cognitoes.auth.code.CodeHash;
import dev.cognitoes.delivery.DeliveryMedium;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A code that verifies the user's email address or phone number was issued; it replaces any earlier code for that
 * attribute.
 *
 * @param codeHash      the keyed hash of the code; the code itself is never recorded
 * @param attributeName {@code email} or {@code phone_number}
 * @param destination   the full address or number the code went to: the pending value when the change awaits
 *                      verification
 * @param expiresAt     when the code stops working, 24 hours after it was sent
 */
@Revision("1")
public record AttributeVerificationCodeSentEvent(String sub, String userPoolId, CodeHash codeHash,
                                                 DeliveryMedium medium, String attributeName, String destination,
                                                 Instant sentAt, Instant expiresAt) implements UserEvent {
}
