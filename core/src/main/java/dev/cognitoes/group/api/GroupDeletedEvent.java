package dev.cognitoes.group.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A group was deleted (DeleteGroup). Every membership in it ended with it: no {@link UserRemovedFromGroupEvent} is
 * recorded for each member. The name becomes free for a new group.
 *
 * @param deletedAt when the group was deleted
 */
@Revision("1")
public record GroupDeletedEvent(String userPoolId, String groupName, Instant deletedAt) implements GroupEvent {
}
