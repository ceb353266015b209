package dev.cognitoes.user.api;

import dev.cognitoes.delivery.DeliveryMedium;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * An invitation carrying the user's temporary password was handed over for delivery. The temporary password is
 * never recorded in clear.
 *
 * @param destination the full email address or phone number
 */
@Revision("1")
public record InvitationSentEvent(String sub, String userPoolId, DeliveryMedium medium, String destination,
                                  Instant sentAt) implements UserEvent {
}
