package dev.cognitoes.user.api;

import dev.cognitoes.auth.code.CodeHash;
import dev.cognitoes.delivery.DeliveryMedium;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A password reset code was issued to the user, through ForgotPassword or AdminResetUserPassword; it replaces any
 * earlier one. A code the user asked for counts towards the hourly limit of reset attempts.
 *
 * @param codeHash        the keyed hash of the code; the code itself is never recorded
 * @param attributeName   the verified attribute the destination came from, {@code email} or {@code phone_number}
 * @param destination     the full email address or phone number the code went to
 * @param byAdministrator whether AdminResetUserPassword issued it, rather than the user's own ForgotPassword
 * @param expiresAt       when the code stops working, one hour after it was sent
 */
@Revision("1")
public record PasswordResetCodeSentEvent(String sub, String userPoolId, CodeHash codeHash, DeliveryMedium medium,
                                         String attributeName, String destination, boolean byAdministrator,
                                         Instant sentAt, Instant expiresAt) implements UserEvent {
}
