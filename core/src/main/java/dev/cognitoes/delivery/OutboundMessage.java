package dev.cognitoes.delivery;

import java.time.Instant;
import java.util.Objects;

/**
 * One message for a user, as handed to {@link CodeDelivery}. It carries the code in clear because delivering it
 * is its purpose; it is never stored in an event or written to a log.
 *
 * @param userPoolId  the pool the user belongs to
 * @param username    the user's username as stored (original case)
 * @param destination the full email address or phone number
 * @param medium      email or SMS
 * @param kind        why the message is sent
 * @param code        the code, or the temporary password of an invitation
 * @param sentAt      when the message was handed over
 */
public record OutboundMessage(String userPoolId, String username, String destination, DeliveryMedium medium,
                              MessageKind kind, String code, Instant sentAt) {
    public OutboundMessage {
        Objects.requireNonNull(userPoolId, "userPoolId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** The message without its code, safe for a log line: the destination masked as Cognito masks it. */
    @Override
    public String toString() {
        return "OutboundMessage[userPoolId=" + userPoolId + ", username=" + username + ", destination="
                + DestinationMask.mask(medium, destination) + ", medium=" + medium + ", kind=" + kind
                + ", sentAt=" + sentAt + "]";
    }
}
