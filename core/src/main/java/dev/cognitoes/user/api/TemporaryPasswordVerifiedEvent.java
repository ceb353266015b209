package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A {@code FORCE_CHANGE_PASSWORD} user signed in with the temporary password and was asked to choose a new one
 * ({@code NEW_PASSWORD_REQUIRED}); no tokens were issued.
 *
 * @param authFlow          {@code USER_SRP_AUTH}, {@code USER_PASSWORD_AUTH} or {@code ADMIN_USER_PASSWORD_AUTH}
 * @param answeredSessionId the id of the challenge session answered, which cannot be answered again; {@code null}
 *                          when the password was offered without a challenge
 */
@Revision("1")
public record TemporaryPasswordVerifiedEvent(String sub, String userPoolId, String clientId, String authFlow,
                                             String answeredSessionId, Instant verifiedAt) implements UserEvent {
}
