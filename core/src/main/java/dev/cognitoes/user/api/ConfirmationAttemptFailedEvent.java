package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A wrong sign-up confirmation code was presented for the user. Consecutive failures lock confirmation for a
 * while.
 *
 * @param consecutiveFailures how many wrong codes in a row, this one included
 */
@Revision("1")
public record ConfirmationAttemptFailedEvent(String sub, String userPoolId, int consecutiveFailures,
                                             Instant failedAt) implements UserEvent {
}
