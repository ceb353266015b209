package dev.cognitoes.user.api;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.Revision;

/**
 * Attributes of the user now have new values or are gone (AdminUpdateUserAttributes, AdminDeleteUserAttributes).
 * A new value replaces any change of that attribute awaiting verification.
 *
 * @param updated the attributes set, with their new values; includes {@code email_verified} and
 *                {@code phone_number_verified} when they changed, for example to {@code false} because the email
 *                address changed
 * @param deleted the attributes removed
 */
@Revision("1")
public record UserAttributesChangedEvent(String sub, String userPoolId, Map<String, String> updated,
                                         Set<String> deleted, Instant changedAt) implements UserEvent {
    public UserAttributesChangedEvent {
        updated = Map.copyOf(updated);
        deleted = Set.copyOf(deleted);
    }
}
