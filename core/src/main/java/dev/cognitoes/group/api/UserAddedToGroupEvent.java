package dev.cognitoes.group.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A user became a member of a group (AdminAddUserToGroup). Adding a member again records nothing.
 *
 * @param sub     the user, by its immutable identifier
 * @param addedAt when the user was added
 */
@Revision("1")
public record UserAddedToGroupEvent(String userPoolId, String groupName, String sub, Instant addedAt)
        implements GroupEvent {
}
