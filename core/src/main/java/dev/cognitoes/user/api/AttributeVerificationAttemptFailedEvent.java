package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A wrong code was presented to verify the user's email address or phone number (VerifyUserAttribute).
 * Consecutive failures refuse verification for a while, even with the right code.
 *
 * @param attributeName       {@code email} or {@code phone_number}
 * @param consecutiveFailures how many wrong codes in a row, for any attribute, this one included
 */
@Revision("1")
public record AttributeVerificationAttemptFailedEvent(String sub, String userPoolId, String attributeName,
                                                      int consecutiveFailures, Instant failedAt)
        implements UserEvent {
}
