package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A sign-in of the user failed on a wrong password. Consecutive failures lock the user out for a growing while:
 * {@code 2^(n-5)} seconds after the {@code n}-th, from the fifth on, at most 15 minutes.
 *
 * @param clientId            the app client the attempt came through
 * @param authFlow            {@code USER_SRP_AUTH}, {@code USER_PASSWORD_AUTH} or {@code ADMIN_USER_PASSWORD_AUTH}
 * @param answeredSessionId   the id of the challenge session answered, which cannot be answered again;
 *                            {@code null} when the password was offered without a challenge
 * @param consecutiveFailures how many failures in a row count now, this one included
 * @param lockedOutUntil      until when every sign-in of the user is refused; {@code null} when this failure
 *                            locks nobody out
 */
@Revision("1")
public record SignInFailedEvent(String sub, String userPoolId, String clientId, String authFlow,
                               String answeredSessionId, int consecutiveFailures, Instant lockedOutUntil,
                               Instant failedAt) implements UserEvent {
}
