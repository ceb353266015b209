package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A new value of the user's {@code email} or {@code phone_number} awaits verification: the pool requires
 * verification before update ({@code AttributesRequireVerificationBeforeUpdate}), so the current value stays in
 * force, for sign-in and messages, until the new one is verified. It replaces an earlier pending value.
 *
 * @param attributeName {@code email} or {@code phone_number}
 * @param pendingValue  the new value, not yet in force
 */
@Revision("1")
public record UserAttributeUpdatePendingEvent(String sub, String userPoolId, String attributeName,
                                              String pendingValue, Instant requestedAt) implements UserEvent {
}
