package dev.cognitoes.user.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The user's email address or phone number is no longer verified, because another user took it over as alias
 * ({@code ForceAliasCreation}).
 *
 * @param attributeName {@code email} or {@code phone_number}
 */
@Revision("1")
public record UserAttributeUnverifiedEvent(String sub, String userPoolId, String attributeName,
                                           Instant unverifiedAt) implements UserEvent {
}
