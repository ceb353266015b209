package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The user proved, with the code sent to it, that they hold an email address or phone number
 * (VerifyUserAttribute): the attribute now has {@code value} and its {@code _verified} attribute is {@code true}.
 * When the new value awaited verification ({@code AttributesRequireVerificationBeforeUpdate}), it is now in force
 * and no longer pending. The code cannot be used again.
 *
 * @param attributeName {@code email} or {@code phone_number}
 * @param value         the value verified and now in force
 * @param wasPending    whether the value had been awaiting verification and replaces the one in force
 */
@Revision("1")
public record UserAttributeVerifiedEvent(String sub, String userPoolId, String attributeName, String value,
                                         boolean wasPending, Instant verifiedAt) implements UserEvent {
}
