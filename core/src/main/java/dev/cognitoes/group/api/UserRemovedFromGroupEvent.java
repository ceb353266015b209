package dev.cognitoes.group.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A user stopped being a member of a group (AdminRemoveUserFromGroup). Removing a user who is not a member records
 * nothing.
 *
 * @param sub       the user, by its immutable identifier
 * @param removedAt when the user was removed
 */
@Revision("1")
public record UserRemovedFromGroupEvent(String userPoolId, String groupName, String sub, Instant removedAt)
        implements GroupEvent {
}
